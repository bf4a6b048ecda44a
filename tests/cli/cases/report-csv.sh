# Reports as CSV for a French spreadsheet: a BOM, ';', CR LF, decimal
# comma, dd/mm/yyyy; one table to stdout (--table or a one-table report);
# several tables as FILE-TABLE.csv, refused to stdout and refused whole
# when one of the files exists; each file read back by Python's csv module.
# Texts that a spreadsheet would run as a formula are neutralised.
run admin init --demo >/dev/null
run anim report statement mdupont --since 01/09/2026 --format csv --table mouvements --output stmt.csv
head -c 3 stmt.csv | od -An -tx1
python3 -c 'import csv,sys; [print(" | ".join(r)) for r in csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), delimiter=";")]' stmt.csv
grep -c "$(printf '\r')\$" stmt.csv
run anim report dashboard --format csv
run anim report dashboard --format csv --output "$T/bord.csv"
ls "$T" | grep '^bord'
python3 -c 'import csv,sys; [print(" | ".join(r)) for r in csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), delimiter=";")]' "$T/bord-duree-par-etape.csv"
run anim report dashboard --format csv --output "$T/bord.csv"
run anim report dashboard --format csv --output "$T/bord.csv" --force
# formula injection: an exchange whose description starts with =, and one with @
run mdupont ledger record --to jmartin 1h --description '=HYPERLINK("http://evil/";"clic")'
run mdupont ledger record --to jmartin 30min --description '@SUM(1+1)*cmd|"/c calc"!A0'
run jmartin ledger confirm 69
run jmartin ledger confirm 70
run anim report journal --since 30/11/2026 --format csv --output -
run anim report journal --since 30/11/2026 --format pdf
