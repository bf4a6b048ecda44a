# The reports about ideas on the demo at the fixed clock: the full sheet of
# an idea (any agent may print it), the committee agenda (ideas "En
# comité", another stage of a direction, or a chosen list), and their bad
# inputs: an unknown reference, a list together with filters, an unknown
# stage, the agenda asked by an agent.
run admin init --demo >/dev/null
run mdupont report idea CONS-2024-001
run comite report agenda
run anim report agenda --stage etude --direction "Direction du numérique"
run anim report agenda CONS-2024-005 CONS-2026-001 --format csv
run anim report idea CONS-2099-001
run anim report agenda CONS-2099-001
run anim report agenda CONS-2024-005 --stage comite
run anim report agenda --stage nulle-part
run mdupont report agenda
# an idea stored with escape sequences, C1 controls, bidi overrides and a
# 300-letter word (as a hostile writer of the database would leave it):
# the sheet shows no control character and no line wider than 80 columns
long=$(printf 'x%.0s' $(seq 1 300))
sqlite3 "$DB" "UPDATE ideas SET title = 'Titre' || char(27) || '[2J' || char(155) || 'piégé' || char(8238) || 'à l''envers',
  problem = 'avant' || char(27) || ']0;titre' || char(7) || ' après $long fin' WHERE ref = 'CONS-2026-001'"
sqlite3 "$DB" "INSERT INTO comments(idea_id, agent_id, written_by, body, created_at)
  SELECT id, 3, 3, 'Un' || char(27) || '[31m commentaire $long', '2026-11-29T10:00:00Z' FROM ideas WHERE ref = 'CONS-2026-001'"
run anim report idea CONS-2026-001 >sheet.txt
grep -c "$(printf '\033')" sheet.txt
python3 -c 'import sys; print(sum(len(l.rstrip("\n")) > 80 for l in open(sys.argv[1], encoding="utf-8")), "lines over 80 columns")' sheet.txt
sed -n '1,40p;/^Commentaires/,/^Historique/p' sheet.txt
