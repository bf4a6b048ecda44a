# show prints the whole idea: authors, categories, supports, text, comments
# and the journal; an unknown reference is an error.
run admin init
printf 'login;nom;direction;service;site\nmdupont;Marie Dupont;Direction des mobilités;Routes;Hôtel du département\njmartin;Jean Martin;Direction des solidarités;RSA;Vercors\n' >agents.csv
run admin agents import agents.csv
run mdupont idea add --title "Prêt de vélos" --problem "Ligne 1
Ligne 2" --solution "Une flotte" --category mobilité --coauthor jmartin
run admin idea support CONS-2026-001
run admin idea comment CONS-2026-001 "Bonne idée !
Et le stationnement ?"
run mdupont idea show CONS-2026-001
run mdupont idea show CONS-2026-999
run mdupont idea show
