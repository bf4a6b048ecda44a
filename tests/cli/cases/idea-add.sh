# Adding ideas: references are numbered per year; accents survive; the
# author's direction comes from the directory; categories and co-authors.
run admin init
printf 'login;nom;direction;service;site\nmdupont;Marie Dupont;Direction des mobilités;Routes;Hôtel du département\njmartin;Jean Martin;Direction des solidarités;RSA;Vercors\n' >agents.csv
run admin agents import agents.csv
run mdupont idea add --title "Prêt de vélos électriques à l'Hôtel" --problem "Les agents font 3 km à pied." --solution "Une flotte de vélos." --category mobilité --category environnement
run mdupont idea add --title "Covoiturage entre sites" --coauthor jmartin
run mdupont idea add --title "Avec un inconnu" --coauthor personne
run mdupont idea add --title "Moi-même" --coauthor mdupont
run mdupont idea add --problem "sans titre"
run mdupont idea list
sqlite3 "$DB" "SELECT ref, direction, service, site, version FROM ideas ORDER BY id"
