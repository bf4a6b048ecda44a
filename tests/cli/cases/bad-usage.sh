# Unknown commands and options, missing values: usage errors (exit 64).
run admin init
run admin frobnicate
run admin --frob
run admin --db
run admin idea
run admin idea explode
run admin idee explode
run admin idea add
run admin idea add --title
run admin idea add --title x --colour bleu
run admin idea list --stage
run admin idea list extra
run admin agents
run admin agents import
run admin idea support
run admin idea comment CONS-2026-001
run admin --version
