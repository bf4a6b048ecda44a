# Filters: stage, direction, category, mine, search (accent-insensitive,
# prefix), reference search, JSON for scripts, unknown stage.
run admin init
printf 'login;nom;direction\nmdupont;Marie Dupont;Direction des mobilités\njmartin;Jean Martin;Direction des solidarités\n' >agents.csv
run admin agents import agents.csv
run mdupont idea add --title "Prêt de vélos électriques" --category mobilité
run jmartin idea add --title "Accueil des usagers du RSA" --problem "Files d'attente" --category solidarités
run jmartin idea add --title "Réunions sans papier" --solution "Écrans partagés" --category numérique
run jmartin idea support CONS-2026-001
run mdupont idea withdraw CONS-2026-001
run mdupont idea list --stage deposee
run mdupont idea list --stage ouvertes
run mdupont idea list --stage retiree
run mdupont idea list --direction "Direction des solidarités"
run mdupont idea list --category numérique
run jmartin idea list --mine
run mdupont idea list --search velo
run mdupont idea list --search "ECRAN"
run mdupont idea list --search "usag RSA"
run mdupont idea list --search cons-2026-002
run mdupont idea list --search "%%%"
run mdupont idea list --search "introuvable"
run mdupont idea list --stage inconnue
run mdupont idea list --json --stage deposee
