# Supports: one per agent, never on one's own idea (nor a co-author's), can
# be withdrawn; not on a closed idea.
run admin init
run mdupont idea add --title "Idée de Marie" --coauthor admin
run jmartin idea support CONS-2026-001
run jmartin idea support CONS-2026-001
run mdupont idea support CONS-2026-001
run admin idea support CONS-2026-001
run comite idea support CONS-2026-001
run jmartin idea list
run jmartin idea unsupport CONS-2026-001
run jmartin idea unsupport CONS-2026-001
run mdupont idea withdraw CONS-2026-001
run jmartin idea support CONS-2026-001
sqlite3 "$DB" "SELECT supports FROM ideas"
