-- demo-ledger.sql — l'Accorderie des savoir-faire in the demonstration data,
-- loaded by `construisons init --demo` after demo.sql and demo-desks.sql,
-- inside the demo's transaction. Four months of a time bank between twenty
-- agents, dated from the day the demo is loaded ('now'), so it stays alive:
--   - twenty accounts, each opened with the opening credit (15 h) from the
--     pool on the agent's first step in the Accorderie;
--   - 26 offers and requests in the ten default categories, six of them
--     expired, one withdrawn by its author;
--   - exchanges in every state: confirmed by the other party or
--     automatically after 7 days, refused (by the other party, or withdrawn
--     by the one who recorded it) with a reason, proposals of the last days
--     still waiting (younger than ledger_confirm_days, so they stay
--     proposed), a group session « Partage ma passion » (one provider, four
--     beneficiaries, one line each sharing a group id, one line still
--     waiting) and an exchange counted twice, reversed by the first admin
--     (the account that ran `init`) with a reason;
--   - the movements of every confirmed exchange, in the order they were
--     posted, with their running balances, and the journal of it all.
-- The plan is written in the temporary tables demo_ads and demo_ex ("ago":
-- days before today, "hm": the local time of day, stored in UTC as the
-- program does); the real rows are computed from them. The book must pass
-- `construisons ledger check`: the sum of the movements is zero, each
-- balance is the sum of its account's movements, each confirmed exchange
-- has its two movements. Balances stay between the default floor (-10 h)
-- and ceiling (60 h) at every step.
-- When editing: a proposal stays proposed only if recorded 6 days ago or
-- less; an exchange answering an announcement is recorded while it is live
-- (created before, not expired), by its author's side (an offer: the
-- provider; a request: the beneficiary); a decision comes after the record.

-- ---- the plan: announcements ---------------------------------------------
-- expires_in: days from today to the last day shown (negative: expired);
-- withdrawn_ago: the day its author withdrew it (NULL: still active).
CREATE TEMP TABLE demo_ads(n INTEGER PRIMARY KEY, kind TEXT, login TEXT, category TEXT,
                           title TEXT, description TEXT, ago INTEGER, hm TEXT,
                           expires_in INTEGER, withdrawn_ago INTEGER, id INTEGER, at TEXT);
INSERT INTO demo_ads(n, kind, login, category, title, description, ago, hm, expires_in, withdrawn_ago) VALUES
 (1, 'offre', 'jmartin', 'Informatique', 'Automatiser une tâche répétitive avec une macro',
  'Vous refaites chaque semaine les mêmes copier-coller entre deux tableaux ? Montrez-moi le fichier, on écrit ensemble une macro que vous saurez relancer et modifier.',
  125, '08:40', -35, NULL),
 (2, 'offre', 'ssimon', 'Finances', 'Comprendre l''exécution budgétaire : engagements, mandats, reports',
  'Une heure pour lire une situation budgétaire de votre service sans se perdre dans les sigles : AE, CP, engagement, mandat, rattachement, report.',
  122, '12:15', 60, NULL),
 (3, 'offre', 'irey', 'Juridique', 'Relire une délibération ou un arrêté avant signature',
  'Visas, considérants, dispositif : je relis votre projet de délibération ou d''arrêté et vous explique ce qui bloquerait au contrôle de légalité.',
  120, '09:05', -30, NULL),
 (4, 'offre', 'lbernard', 'Méthodes', 'Préparer et animer une réunion participative',
  'Déroulé, tour de table, post-it, vote pondéré : préparons ensemble une réunion où chacun parle et d''où l''on sort avec des décisions.',
  118, '13:30', 120, NULL),
 (5, 'demande', 'plambert', 'Bureautique', 'Mettre en forme un tableau de suivi des chantiers',
  'Notre tableau des chantiers du Trièves fait 40 colonnes et personne ne s''y retrouve. Je cherche de l''aide pour les filtres, les couleurs et une vue imprimable.',
  115, '07:50', -25, NULL),
 (6, 'demande', 'fmercier', 'Juridique', 'Les règles d''un petit marché public, sans se tromper',
  'Seuils, publicité, mise en concurrence : je prépare un petit marché de travaux d''aménagement et voudrais vérifier la procédure avec quelqu''un qui connaît.',
  112, '14:20', 40, NULL),
 (7, 'offre', 'kmeunier', 'Méthodes', 'Classer ses dossiers et nommer ses fichiers pour les retrouver',
  'Un plan de classement simple, des noms de fichiers qui se trient tout seuls, et ce qu''il faut garder ou non : les méthodes des Archives pour votre service.',
  110, '10:10', -20, NULL),
 (8, 'demande', 'nroux', 'Informatique', 'Un formulaire en ligne pour les demandes de fournitures',
  'Les demandes de fournitures arrivent par courriel, par téléphone et sur papier. Un formulaire en ligne et un tableau de suivi nous feraient gagner beaucoup de temps.',
  105, '08:25', -15, NULL),
 (9, 'offre', 'hblanc', 'Bricolage', 'Monter un meuble de bureau, fixer un tableau blanc',
  'Agent de maintenance au collège, je peux vous aider à monter un bureau réglable ou fixer un tableau au mur en toute sécurité (avec l''accord de votre logistique).',
  100, '11:45', 80, NULL),
 (10, 'offre', 'ngarcia', 'Langues', 'Conversation en espagnol pour l''accueil du public',
  'Quelques phrases utiles et un peu de pratique pour accueillir en espagnol les usagers qui ne parlent pas français.',
  95, '12:30', -5, NULL),
 (11, 'offre', 'ychevalier', 'Informatique', 'Prise en main de la messagerie et de l''agenda partagé',
  'Délégations, agendas de salle, règles de tri, absence du bureau : une demi-heure ou une heure à votre poste pour que la messagerie travaille pour vous.',
  90, '07:35', 60, NULL),
 (12, 'offre', 'mdupont', 'Rédaction', 'Écrire aux usagers en langage clair',
  'Phrases courtes, mots simples, l''essentiel d''abord : je vous aide à réécrire un courrier type pour qu''il soit compris du premier coup.',
  85, '13:05', 5, NULL),
 (13, 'demande', 'abenali', 'Rédaction', 'Relire notre rapport d''activité avant diffusion',
  'Le rapport d''activité du service action sociale du Vercors part en janvier : une relecture extérieure pour la clarté et l''orthographe serait bienvenue.',
  80, '09:50', 10, NULL),
 (14, 'offre', 'tgirard', 'Autre', 'Lire une carte IGN et préparer une visite de terrain',
  'Échelles, courbes de niveau, points de repère, accès en hiver : je vous aide à préparer une tournée de terrain sans mauvaise surprise.',
  75, '06:55', 20, NULL),
 (15, 'demande', 'vperrin', 'Communication', 'Un diaporama clair pour la réunion de service',
  'Je présente le bilan du plan qualité de vie au travail en réunion de service et mon diaporama est trop chargé. Qui peut m''aider à l''alléger ?',
  75, '15:10', 15, 50),
 (16, 'offre', 'efontaine', 'Communication', 'Partage ma passion : la photo au smartphone pour illustrer nos actions',
  'Lumière, cadrage, droit à l''image : un atelier à plusieurs, à la pause de midi, pour réussir les photos de vos actions avec votre téléphone.',
  60, '10:40', 30, NULL),
 (17, 'demande', 'jlefebvre', 'Langues', 'Répéter une présentation en anglais pour un partenaire européen',
  'Je présente nos démarches d''innovation à une délégation européenne et voudrais répéter devant quelqu''un d''à l''aise en anglais.',
  50, '16:00', 40, NULL),
 (18, 'demande', 'tgirard', 'Bureautique', 'Les raccourcis du tableur qui font gagner du temps',
  'Je passe beaucoup de temps sur les relevés d''intervention : filtres, recopie, figer les volets… j''aimerais les bons réflexes.',
  45, '06:45', 45, NULL),
 (19, 'offre', 'cmoreau', 'Bureautique', 'Publipostage : un courrier personnalisé à cent destinataires',
  'À partir d''un tableau d''adresses, un courrier ou une étiquette par destinataire, sans rien retaper. Je vous montre sur votre propre fichier.',
  40, '12:20', 50, NULL),
 (20, 'demande', 'hblanc', 'Finances', 'Lire une facture et suivre un bon de commande',
  'Je commande les fournitures d''entretien du collège et je ne comprends pas toujours les rapprochements entre bons de commande et factures.',
  35, '14:35', 55, NULL),
 (21, 'offre', 'aroussel', 'Langues', 'Premiers pas en langue des signes française (LSF)',
  'Saluer, se présenter, demander un rendez-vous : les premiers signes pour accueillir une personne sourde, et où trouver un interprète.',
  30, '11:15', 60, NULL),
 (22, 'demande', 'ngarcia', 'Méthodes', 'Organiser ses priorités quand tout est urgent',
  'Entre les dossiers APA, le téléphone et les réunions, j''aimerais une méthode simple pour trier ce qui est vraiment urgent.',
  25, '08:05', 65, NULL),
 (23, 'offre', 'bgauthier', 'Autre', 'Reconnaître les plantes invasives sur le bord des routes',
  'Ambroisie, renouée du Japon, berce du Caucase : les reconnaître, savoir qui prévenir et quels gestes éviter lors des visites de terrain.',
  20, '09:25', 70, NULL),
 (24, 'demande', 'kmeunier', 'Informatique', 'Numériser et renommer des documents par lots',
  'Nous numérisons des registres et renommons les fichiers un par un. Un petit script ou un outil pour le faire par lots ?',
  15, '13:50', 75, NULL),
 (25, 'demande', 'ssimon', 'Bricolage', 'Réaménager un bureau partagé (déplacer deux armoires)',
  'Le bureau 214 accueille un collègue de plus : deux armoires à déplacer et des étagères à remonter, avec l''accord du service logistique.',
  10, '07:40', 80, NULL),
 (26, 'demande', 'irey', 'Communication', 'Rendre lisible l''ordre du jour d''une assemblée',
  'Nos ordres du jour de commission sont des listes de 60 rapports. Comment les rendre lisibles d''un coup d''œil pour les élus ?',
  8, '15:20', 82, NULL);

-- ---- the plan: exchanges ----------------------------------------------------
-- prov gives `minutes` to ben on day_ago; `by` says who recorded it ('p':
-- the provider, 'b': the beneficiary, 'admin': the first admin); dec_by
-- likewise for the answer (NULL: automatic or still proposed); grp: the
-- first line of a group session; rev: the exchange a reversal cancels.
CREATE TEMP TABLE demo_ex(n INTEGER PRIMARY KEY, kind TEXT NOT NULL DEFAULT 'echange',
                          grp INTEGER, prov TEXT, ben TEXT, minutes INTEGER,
                          ago INTEGER, hm TEXT, day_ago INTEGER, ad INTEGER, by TEXT,
                          state TEXT, dec_ago INTEGER, dec_hm TEXT, dec_by TEXT,
                          reason TEXT, rev INTEGER, description TEXT,
                          at TEXT, dec_at TEXT);
INSERT INTO demo_ex(n, grp, prov, ben, minutes, ago, hm, day_ago, ad, by, state, dec_ago, dec_hm, dec_by, reason, description) VALUES
 (1, NULL, 'jmartin', 'plambert', 90, 114, '09:10', 114, 5, 'p', 'confirmee', 113, '07:30', 'b', NULL,
  'Tableau de suivi des chantiers : filtres, mise en forme conditionnelle et vue imprimable'),
 (2, NULL, 'ssimon', 'ngarcia', 60, 112, '13:40', 113, 2, 'b', 'confirmee', 111, '08:15', 'p', NULL,
  'Lecture de la situation budgétaire du service APA : engagements et reports'),
 (3, NULL, 'irey', 'fmercier', 120, 110, '15:00', 111, 6, 'p', 'confirmee', 108, '09:20', 'b', NULL,
  'Marché de travaux du carrefour de Coublevie : seuils, procédure adaptée et publicité'),
 (4, NULL, 'lbernard', 'vperrin', 90, 108, '12:05', 108, 4, 'p', 'confirmee', 106, '10:45', 'b', NULL,
  'Préparation de l''atelier qualité de vie au travail : déroulé et techniques d''animation'),
 (5, NULL, 'kmeunier', 'aroussel', 60, 105, '14:30', 105, 7, 'b', 'confirmee', 97, '08:02', NULL, NULL,
  'Plan de classement des dossiers partagés du service'),
 (6, NULL, 'jmartin', 'nroux', 180, 103, '10:20', 104, 8, 'p', 'confirmee', 101, '13:10', 'b', NULL,
  'Formulaire en ligne des demandes de fournitures : création, tableau de suivi et mise en service'),
 (7, NULL, 'hblanc', 'cmoreau', 60, 98, '11:30', 99, 9, 'p', 'confirmee', 97, '07:55', 'b', NULL,
  'Montage de deux bureaux réglables au service vie des collèges'),
 (8, NULL, 'ngarcia', 'abenali', 45, 94, '09:40', 94, 10, 'b', 'confirmee', 93, '12:25', 'p', NULL,
  'Phrases d''accueil en espagnol pour la permanence de Villard-de-Lans'),
 (9, NULL, 'fmercier', 'irey', 60, 92, '08:50', 93, NULL, 'p', 'confirmee', 91, '14:05', 'b', NULL,
  'Lecture d''un plan local d''urbanisme pour préparer une délibération'),
 (10, NULL, 'ychevalier', 'jlefebvre', 60, 88, '07:45', 88, 11, 'p', 'confirmee', 87, '09:00', 'b', NULL,
  'Agenda partagé de la direction générale adjointe : délégations et réservation des salles'),
 (11, NULL, 'mdupont', 'abenali', 120, 84, '13:15', 84, 12, 'p', 'confirmee', 83, '08:40', 'b', NULL,
  'Réécriture en langage clair du courrier de convocation des allocataires'),
 (12, NULL, 'plambert', 'tgirard', 90, 80, '06:50', 81, NULL, 'p', 'confirmee', 79, '12:10', 'b', NULL,
  'Prise en main de l''outil de relevé des ouvrages d''art'),
 (13, NULL, 'kmeunier', 'efontaine', 120, 78, '10:05', 79, NULL, 'p', 'confirmee', 70, '07:20', NULL, NULL,
  'Recherche dans les fonds iconographiques des Archives pour l''exposition sur les alpages'),
 (14, NULL, 'nroux', 'lbernard', 90, 76, '12:40', 77, NULL, 'p', 'confirmee', 68, '09:35', NULL, NULL,
  'Installation d''une salle de formation modulable : tables, vidéoprojecteur, sonorisation'),
 (15, NULL, 'tgirard', 'bgauthier', 150, 72, '07:15', 73, 14, 'p', 'confirmee', 71, '11:50', 'b', NULL,
  'Préparation d''une tournée de terrain sur les routes du plateau Matheysin'),
 (16, NULL, 'cmoreau', 'hblanc', 60, 68, '14:10', 69, NULL, 'p', 'refusee', 67, '08:30', 'b',
  'Nous avions passé 30 min, pas 1 h : peux-tu le ressaisir ?',
  'Tableur : suivi des interventions de maintenance au collège'),
 (17, NULL, 'cmoreau', 'hblanc', 30, 67, '09:00', 69, NULL, 'p', 'confirmee', 66, '10:15', 'b', NULL,
  'Tableur : suivi des interventions de maintenance au collège'),
 (18, NULL, 'lbernard', 'mdupont', 60, 64, '15:30', 64, 4, 'b', 'confirmee', 62, '09:45', 'p', NULL,
  'Techniques d''animation pour la réunion de l''équipe insertion'),
 (19, NULL, 'jmartin', 'irey', 90, 60, '11:00', 61, NULL, 'b', 'confirmee', 58, '16:20', 'p', NULL,
  'Macro de mise en forme des rapports de commission'),
 (20, NULL, 'jlefebvre', 'mdupont', 60, 58, '08:35', 59, NULL, 'b', 'confirmee', 56, '13:00', 'p', NULL,
  'Structurer une note à l''élu : l''essentiel en une page'),
 (21, NULL, 'lbernard', 'vperrin', 120, 57, '10:25', 58, NULL, 'b', 'refusee', 57, '10:40', 'b',
  'Saisi par erreur : Léa a déjà enregistré cet atelier.',
  'Atelier qualité de vie au travail : co-animation'),
 (22, NULL, 'mdupont', 'aroussel', 60, 55, '12:50', 55, 12, 'p', 'confirmee', 54, '08:10', 'b', NULL,
  'Relecture en langage clair d''un courrier aux familles d''accueil'),
 (23, NULL, 'abenali', 'ngarcia', 90, 52, '09:30', 53, NULL, 'p', 'confirmee', 44, '07:05', NULL, NULL,
  'Présentation des dispositifs d''action sociale à l''équipe APA'),
 (24, NULL, 'nroux', 'bgauthier', 120, 48, '13:45', 49, NULL, 'p', 'refusee', 46, '09:15', 'b',
  'Erreur de personne : je n''étais pas au déménagement, c''était un collègue de mon service.',
  'Déménagement des bureaux du service environnement'),
 (25, NULL, 'efontaine', 'cmoreau', 90, 45, '14:00', 46, 16, 'p', 'confirmee', 43, '11:25', 'b', NULL,
  'Affiche de la fête des collèges : mise en page et choix des photos'),
 (26, NULL, 'cmoreau', 'tgirard', 45, 42, '12:35', 43, 18, 'b', 'confirmee', 41, '07:50', 'p', NULL,
  'Raccourcis du tableur : filtres, figer les volets, recopie incrémentée'),
 (27, NULL, 'ychevalier', 'ssimon', 60, 40, '08:15', 41, NULL, 'p', 'confirmee', 39, '10:30', 'b', NULL,
  'Agenda partagé et messagerie sur le téléphone professionnel'),
 (28, NULL, 'ychevalier', 'ssimon', 60, 38, '09:05', 41, NULL, 'b', 'confirmee', 37, '08:45', 'p', NULL,
  'Installation de l''agenda partagé sur mon téléphone'),
 (29, NULL, 'efontaine', 'jlefebvre', 90, 36, '15:45', 37, 17, 'b', 'confirmee', 35, '09:10', 'p', NULL,
  'Répétition de la présentation en anglais pour le réseau des régions européennes'),
 (30, NULL, 'ssimon', 'hblanc', 60, 33, '13:20', 34, 20, 'b', 'confirmee', 32, '12:00', 'p', NULL,
  'Lecture d''une facture et rapprochement avec le bon de commande'),
 (31, NULL, 'plambert', 'fmercier', 120, 30, '07:25', 31, NULL, 'p', 'confirmee', 28, '14:40', 'b', NULL,
  'Visite commune d''un pont avant travaux : les points de contrôle'),
 (32, NULL, 'aroussel', 'lbernard', 60, 26, '11:40', 27, 21, 'p', 'confirmee', 25, '10:05', 'b', NULL,
  'Premiers signes en LSF pour l''accueil du service formation'),
 (33, NULL, 'vperrin', 'tgirard', 60, 22, '06:40', 23, NULL, 'b', 'confirmee', 21, '13:35', 'p', NULL,
  'Ergonomie du poste de travail au centre d''entretien routier'),
 (34, NULL, 'bgauthier', 'plambert', 120, 18, '08:20', 19, 23, 'p', 'confirmee', 10, '07:10', NULL, NULL,
  'Reconnaître l''ambroisie et la renouée du Japon sur les accotements du Trièves'),
 (35, NULL, 'abenali', 'aroussel', 45, 16, '14:15', 16, NULL, 'p', 'confirmee', 15, '09:50', 'b', NULL,
  'Orientation d''une famille vers les aides au logement'),
 (36, NULL, 'jmartin', 'kmeunier', 120, 13, '10:30', 14, 24, 'b', 'confirmee', 12, '08:25', 'p', NULL,
  'Script de renommage par lots des registres numérisés'),
 (37, NULL, 'ngarcia', 'efontaine', 60, 12, '12:45', 13, NULL, 'b', 'confirmee', 11, '15:15', 'p', NULL,
  'Vocabulaire espagnol pour l''accueil des groupes au musée'),
 (38, NULL, 'hblanc', 'ssimon', 90, 9, '13:55', 10, 25, 'p', 'confirmee', 1, '07:45', NULL, NULL,
  'Déplacement de deux armoires et remontage des étagères du bureau 214'),
 (39, NULL, 'bgauthier', 'cmoreau', 60, 8, '09:35', 8, NULL, 'p', 'confirmee', 6, '11:05', 'b', NULL,
  'Sortie nature du collège : reconnaître les plantes invasives avec les élèves'),
 -- « Partage ma passion »: one session, one line per beneficiary
 (40, 40, 'efontaine', 'jmartin', 90, 5, '13:20', 6, 16, 'p', 'confirmee', 4, '08:05', 'b', NULL,
  'Partage ma passion : atelier photo au smartphone, pause de midi'),
 (41, 40, 'efontaine', 'abenali', 90, 5, '13:20', 6, 16, 'p', 'confirmee', 4, '12:40', 'b', NULL,
  'Partage ma passion : atelier photo au smartphone, pause de midi'),
 (42, 40, 'efontaine', 'nroux', 90, 5, '13:20', 6, 16, 'p', 'confirmee', 3, '09:30', 'b', NULL,
  'Partage ma passion : atelier photo au smartphone, pause de midi'),
 (43, 40, 'efontaine', 'vperrin', 90, 5, '13:20', 6, 16, 'p', 'proposee', NULL, NULL, NULL, NULL,
  'Partage ma passion : atelier photo au smartphone, pause de midi'),
 -- waiting for the other party
 (44, NULL, 'irey', 'abenali', 60, 4, '10:10', 5, 13, 'p', 'proposee', NULL, NULL, NULL, NULL,
  'Relecture du rapport d''activité : clarté et orthographe'),
 (45, NULL, 'ssimon', 'tgirard', 45, 3, '08:55', 3, NULL, 'b', 'proposee', NULL, NULL, NULL, NULL,
  'Lecture du budget du parc de matériel routier'),
 (46, NULL, 'ychevalier', 'ngarcia', 30, 2, '14:25', 2, NULL, 'p', 'proposee', NULL, NULL, NULL, NULL,
  'Configuration de la double authentification de la messagerie'),
 (47, NULL, 'lbernard', 'ngarcia', 60, 1, '09:15', 1, 22, 'b', 'proposee', NULL, NULL, NULL, NULL,
  'Trier les urgences : une méthode simple et l''agenda qui va avec');
-- exchange 28 was the same favour as 27, recorded by both parties and
-- confirmed by both: the admin reverses it (the parties swapped)
INSERT INTO demo_ex(n, kind, prov, ben, minutes, ago, hm, day_ago, by, state, dec_ago, dec_hm, dec_by, reason, rev) VALUES
 (48, 'annulation', 'ssimon', 'ychevalier', 60, 30, '15:05', 30, 'admin', 'confirmee', 30, '15:05', 'admin',
  'Doublon : Sandrine et Yann ont tous deux saisi le même coup de pouce, déjà compté une fois.', 28);

-- days ago and local time of day -> the UTC instant, as the program writes it
UPDATE demo_ads SET at = strftime('%Y-%m-%dT%H:%M:%SZ',
                                  date('now', 'localtime', printf('-%d days', ago)) || ' ' || hm,
                                  'utc');
UPDATE demo_ex SET
  at = strftime('%Y-%m-%dT%H:%M:%SZ',
                date('now', 'localtime', printf('-%d days', ago)) || ' ' || hm, 'utc'),
  dec_at = strftime('%Y-%m-%dT%H:%M:%SZ',
                    date('now', 'localtime', printf('-%d days', dec_ago)) || ' ' || dec_hm, 'utc');

-- ---- announcements -----------------------------------------------------------
INSERT INTO ledger_ads(kind, agent_id, title, description, category, expires, active, created_at)
SELECT d.kind, a.id, d.title, d.description, d.category,
       date('now', 'localtime', printf('%+d days', d.expires_in)),
       d.withdrawn_ago IS NULL, d.at
  FROM demo_ads d JOIN agents a ON a.login = d.login ORDER BY d.at, d.n;
UPDATE demo_ads SET id = (SELECT l.id FROM ledger_ads l WHERE l.title = demo_ads.title
                            AND l.created_at = demo_ads.at);

-- ---- accounts: opened on the agent's first step ----------------------------
-- (an announcement, an exchange recorded, or a look at one's balance on the
-- morning of one's first exchange, so no statement starts before its
-- opening credit)
CREATE TEMP TABLE demo_first AS
SELECT login, min(at) AS at FROM (
  SELECT login, at FROM demo_ads
  UNION ALL SELECT prov, at FROM demo_ex WHERE kind = 'echange'
  UNION ALL SELECT ben, at FROM demo_ex WHERE kind = 'echange'
  UNION ALL SELECT login, strftime('%Y-%m-%dT%H:%M:%SZ',
                                   date('now', 'localtime', printf('-%d days', day_ago))
                                   || ' 08:00', 'utc')
    FROM (SELECT prov AS login, day_ago FROM demo_ex WHERE kind = 'echange'
          UNION ALL SELECT ben, day_ago FROM demo_ex WHERE kind = 'echange'))
 GROUP BY login;
INSERT INTO ledger_accounts(agent_id, opened_at)
SELECT a.id, f.at FROM demo_first f JOIN agents a ON a.login = f.login ORDER BY f.at, f.login;

-- ---- every exchange, numbered in the order it was recorded --------------
-- opening credits first: the account is credited by the pool, so like any
-- exchange the credited account is the provider and the pool the
-- beneficiary; dated the day the account opened
CREATE TEMP TABLE demo_all(id INTEGER PRIMARY KEY, n INTEGER, kind TEXT, grp INTEGER,
                           prov TEXT, ben TEXT, minutes INTEGER, day TEXT, at TEXT,
                           ad INTEGER, by TEXT, state TEXT, dec_at TEXT, dec_by TEXT,
                           reason TEXT, rev INTEGER, description TEXT);
INSERT INTO demo_all(id, n, kind, grp, prov, ben, minutes, day, at, ad, by, state, dec_at,
                     dec_by, reason, rev, description)
SELECT (SELECT coalesce(max(id), 0) FROM ledger_exchanges)
         + row_number() OVER (ORDER BY at, k, coalesce(n, 0), prov),
       n, kind, grp, prov, ben, minutes, day, at, ad, by, state, dec_at, dec_by, reason, rev,
       description
  FROM (
  SELECT 0 AS k, NULL AS n, 'ouverture' AS kind, NULL AS grp, login AS prov, NULL AS ben,
         900 AS minutes, date(at, 'localtime') AS day, at, NULL AS ad, login AS by,
         'confirmee' AS state, at AS dec_at, NULL AS dec_by, NULL AS reason, NULL AS rev,
         'Crédit d''ouverture' AS description
    FROM demo_first
  UNION ALL
  SELECT 1, x.n, x.kind, x.grp, x.prov, x.ben, x.minutes,
         date('now', 'localtime', printf('-%d days', x.day_ago)),
         x.at, x.ad,
         CASE x.by WHEN 'p' THEN x.prov WHEN 'b' THEN x.ben ELSE NULL END,
         x.state,
         x.dec_at,
         CASE x.dec_by WHEN 'p' THEN x.prov WHEN 'b' THEN x.ben WHEN 'admin' THEN NULL END,
         x.reason, x.rev, x.description
    FROM demo_ex x);
-- the reversal: by the first admin, described after the exchange it cancels
UPDATE demo_all SET
  by = (SELECT login FROM agents WHERE is_admin = 1 ORDER BY id LIMIT 1),
  dec_by = (SELECT login FROM agents WHERE is_admin = 1 ORDER BY id LIMIT 1),
  rev = (SELECT o.id FROM demo_all o WHERE o.n = demo_all.rev),
  description = (SELECT 'Annulation de l''échange ' || o.id || ' : ' || o.description
                   FROM demo_all o WHERE o.n = demo_all.rev)
 WHERE kind = 'annulation';
UPDATE demo_all SET grp = (SELECT g.id FROM demo_all g WHERE g.n = demo_all.grp)
 WHERE grp IS NOT NULL;

INSERT INTO ledger_exchanges(id, group_id, kind, provider, beneficiary, minutes, day, description,
                             ad_id, recorded_by, entered_by, state, decided_by, decided_at,
                             auto_confirmed, reason, reverses, created_at)
SELECT x.id, x.grp, x.kind,
       (SELECT c.id FROM ledger_accounts c JOIN agents a ON a.id = c.agent_id
         WHERE a.login = x.prov),
       CASE WHEN x.ben IS NULL THEN (SELECT id FROM ledger_accounts WHERE pool = 1)
            ELSE (SELECT c.id FROM ledger_accounts c JOIN agents a ON a.id = c.agent_id
                   WHERE a.login = x.ben) END,
       x.minutes, x.day, x.description,
       (SELECT d.id FROM demo_ads d WHERE d.n = x.ad),
       r.id, r.id, x.state, d.id, x.dec_at,
       x.state <> 'proposee' AND x.kind = 'echange' AND x.dec_by IS NULL,
       x.reason, x.rev, x.at
  FROM demo_all x JOIN agents r ON r.login = x.by LEFT JOIN agents d ON d.login = x.dec_by
 ORDER BY x.id;

-- ---- movements, in the order they were posted ---------------------------
-- a confirmation posts -beneficiary then +provider; the running balance
-- follows each account from its balance before the demo
CREATE TEMP TABLE demo_mv(seq INTEGER PRIMARY KEY, exchange_id INTEGER, account_id INTEGER,
                          minutes INTEGER, posted_at TEXT, balance_after INTEGER);
INSERT INTO demo_mv(exchange_id, account_id, minutes, posted_at)
SELECT exchange_id, account_id, minutes, posted_at FROM (
  SELECT id AS exchange_id, 0 AS part, beneficiary AS account_id, -minutes AS minutes,
         decided_at AS posted_at
    FROM ledger_exchanges WHERE state = 'confirmee'
  UNION ALL
  SELECT id, 1, provider, minutes, decided_at
    FROM ledger_exchanges WHERE state = 'confirmee')
 WHERE exchange_id IN (SELECT id FROM demo_all)
 ORDER BY posted_at, exchange_id, part;
UPDATE demo_mv SET balance_after =
  (SELECT a.balance FROM ledger_accounts a WHERE a.id = demo_mv.account_id)
  + (SELECT sum(p.minutes) FROM demo_mv p
      WHERE p.account_id = demo_mv.account_id AND p.seq <= demo_mv.seq);
INSERT INTO ledger_movements(exchange_id, account_id, minutes, balance_after, posted_at)
SELECT exchange_id, account_id, minutes, balance_after, posted_at FROM demo_mv ORDER BY seq;

-- ---- the journal -----------------------------------------------------------
INSERT INTO audit(at, host, actor, for_login, action, entity, ref, detail)
SELECT at, host, actor, '', action, 'ledger', ref, detail FROM (
  SELECT at, 'intranet-' || (1 + n % 2) AS host, login AS actor, 'ledger.ad' AS action,
         'ANN-' || id AS ref, title AS detail, 0 AS k, id AS o
    FROM demo_ads
  UNION ALL
  SELECT strftime('%Y-%m-%dT%H:%M:%SZ',
                  date('now', 'localtime', printf('-%d days', withdrawn_ago)) || ' 10:00', 'utc'),
         'intranet-2', login, 'ledger.ad-close', 'ANN-' || id, title, 1, id
    FROM demo_ads WHERE withdrawn_ago IS NOT NULL
  UNION ALL
  SELECT x.at, 'intranet-' || (1 + x.id % 2), x.by, 'ledger.record', 'ECH-' || x.id,
         x.prov || ' → ' || (SELECT count(*) FROM demo_all g WHERE g.grp = x.id OR g.id = x.id
                                AND g.grp IS NULL) || ', '
         || CASE WHEN x.minutes < 60 THEN x.minutes || ' min'
                 WHEN x.minutes % 60 = 0 THEN x.minutes / 60 || ' h'
                 ELSE x.minutes / 60 || ' h ' || printf('%02d', x.minutes % 60) END,
         2, x.id
    FROM demo_all x WHERE x.kind = 'echange' AND (x.grp IS NULL OR x.grp = x.id)
  UNION ALL
  SELECT x.dec_at, 'intranet-' || (2 - x.id % 2), x.dec_by,
         CASE x.state WHEN 'confirmee' THEN 'ledger.confirm' ELSE 'ledger.refuse' END,
         'ECH-' || x.id, coalesce(x.reason, ''), 3, x.id
    FROM demo_all x WHERE x.kind = 'echange' AND x.dec_by IS NOT NULL
  UNION ALL
  SELECT x.at, 'intranet-1', x.by, 'ledger.reverse', 'ECH-' || x.rev, x.reason, 4, x.id
    FROM demo_all x WHERE x.kind = 'annulation')
 ORDER BY at, k, o;

DROP TABLE demo_mv;
DROP TABLE demo_all;
DROP TABLE demo_first;
DROP TABLE demo_ex;
DROP TABLE demo_ads;
