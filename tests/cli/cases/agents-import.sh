# Import is all or nothing; bad lines are reported with their numbers;
# only an admin may import; a second import updates.
run admin init
printf 'login;nom;direction;service;site\nmdupont;Marie Dupont;Direction des mobilités;Routes;Hôtel du département\njmartin;"Martin; Jean";Direction des solidarités;RSA;Maison du département Vercors\n' >agents.csv
run admin agents import agents.csv
run admin agents list
printf 'nom,login,site\nAnne Roux,aroux,Voiron\nÉlodie Zéphyr,ezephyr,Grenoble\n' >comma.csv
run admin agents import comma.csv
printf 'login;nom;direction\nokay;Ok Agent;DSI\nbad login;X;DSI\n;Sans login;DSI\nokay;Doublon;DSI\nshort;Court\n' >bad.csv
run admin agents import bad.csv
sqlite3 "$DB" "SELECT count(*) FROM agents WHERE login IN ('okay','short')"
printf 'identifiant;direction\nx;y\n' >noname.csv
run admin agents import noname.csv
run mdupont agents import agents.csv
run admin agents import missing.csv
printf 'login;nom\nzz;"jamais fermé\n' >quote.csv
run admin agents import quote.csv
run admin agents list --json
# a NUL byte in a field is said and its line refused (it cut the field short)
printf 'login;nom\nnul1;Un\nnul2;Deux\000coupé\n' >nul.csv
run admin agents import nul.csv
sqlite3 "$DB" "SELECT count(*) FROM agents WHERE login LIKE 'nul%'"
