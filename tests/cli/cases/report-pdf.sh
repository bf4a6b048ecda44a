# Reports as PDF from the command line: written to a file (its page count
# said), to a pipe with --output -, never to the terminal; a period without
# data gives a page that says so, not an empty file; an existing file is
# refused without --force, a link always, a missing directory too; --print
# refused with CSV, with a text --output, and with an empty queue name.
run admin init --demo >/dev/null
run anim report journal --since 01/11/2026 --format pdf --output journal.pdf
pdfinfo journal.pdf | grep -E '^(Pages|Page size):'
pdftotext -layout journal.pdf - | grep -E 'Journal de l.Accorderie|page 1 / ' | tr -s ' '
run anim report journal --since 01/11/2026 --format pdf
cs anim report journal --since 01/11/2026 --format pdf --output - | head -c 5; echo
run anim report journal --since 01/01/2020 --until 31/01/2020 --format pdf --output vide.pdf
pdfinfo vide.pdf | grep -E '^Pages:'
pdftotext -layout vide.pdf - | grep -i 'aucun' | tr -s ' '
run anim report journal --since 01/11/2026 --format pdf --output journal.pdf
run anim report journal --since 01/11/2026 --format pdf --output journal.pdf --force
ln -s journal.pdf lien.pdf
run anim report journal --since 01/11/2026 --format pdf --output lien.pdf --force
run anim report journal --since 01/11/2026 --format pdf --output nulle-part/j.pdf
run anim report dashboard --format csv --print
run anim report dashboard --output bord.txt --print
run anim report dashboard --print=
