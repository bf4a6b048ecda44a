-- demo.sql — the demonstration data of construisons (construisons init --demo).
-- The ideas of the démarche « Construisons ! » of the Département de l'Isère and
-- others, with agents, supports, comments, the workflow (transitions, committee
-- decisions, plans, indicators, evaluations) and their journal. Loaded by
-- sqlite3_exec inside the caller's transaction into a new database: INSERTs
-- only. The triggers keep ideas.supports, ideas.comments and the search index.
-- When editing by hand, keep refs (CONS-YYYY-NNN in creation order),
-- ref_counters, versions (1 + moves, edits, withdrawal) and the journal consistent:
-- one transitions row per idea.move or idea.withdraw of the journal, at the same
-- time; an idea.plan or idea.evaluate row per plan saved and evaluation made
-- (they do not change the version).

-- Agents
INSERT INTO agents (login, name, direction, service, site, is_admin, created_at) VALUES
  ('construisons', 'Équipe Construisons', 'Direction générale des services', 'Mission innovation Construisons', 'Hôtel du département', 0, '2023-09-01T08:00:00Z'),
  ('lvasseur', 'Laurent Vasseur', 'Direction générale des services', 'Direction générale', 'Hôtel du département', 0, '2023-09-01T08:05:00Z'),
  ('jlefebvre', 'Jeanne Lefebvre', 'Direction générale des services', 'Direction générale adjointe', 'Hôtel du département', 0, '2023-09-01T08:06:00Z'),
  ('mdupont', 'Marie Dupont', 'Direction des solidarités', 'Service insertion', 'Maison du département Grésivaudan', 0, '2023-09-04T07:30:00Z'),
  ('abenali', 'Amina Benali', 'Direction des solidarités', 'Service action sociale', 'Maison du département Vercors', 0, '2023-09-04T07:31:00Z'),
  ('aroussel', 'Aurélie Roussel', 'Direction des solidarités', 'Service de l''aide sociale à l''enfance', 'Maison du département Sud-Grésivaudan', 0, '2023-09-04T07:32:00Z'),
  ('ngarcia', 'Nadia Garcia', 'Direction de l''autonomie', 'Service de l''allocation personnalisée d''autonomie', 'Maison du département Isère rhodanienne', 0, '2023-09-04T07:33:00Z'),
  ('jmartin', 'Julien Martin', 'Direction du numérique', 'Service études et développements', 'Hôtel du département', 0, '2023-09-04T07:34:00Z'),
  ('ychevalier', 'Yann Chevalier', 'Direction du numérique', 'Service assistance et proximité', 'Hôtel du département', 0, '2023-09-04T07:35:00Z'),
  ('lbernard', 'Léa Bernard', 'Direction des ressources humaines', 'Service formation et compétences', 'Hôtel du département', 0, '2023-09-04T07:36:00Z'),
  ('vperrin', 'Valérie Perrin', 'Direction des ressources humaines', 'Service santé et qualité de vie au travail', 'Hôtel du département', 0, '2023-09-04T07:37:00Z'),
  ('tgirard', 'Thomas Girard', 'Direction des mobilités', 'Service exploitation des routes', 'Centre d''entretien routier de La Mure', 0, '2023-09-04T07:38:00Z'),
  ('plambert', 'Pierre Lambert', 'Direction des mobilités', 'Service patrimoine routier', 'Maison du département Trièves', 0, '2023-09-04T07:39:00Z'),
  ('cmoreau', 'Claire Moreau', 'Direction de l''éducation, de la jeunesse et du sport', 'Service vie des collèges', 'Hôtel du département', 0, '2023-09-04T07:40:00Z'),
  ('hblanc', 'Hugo Blanc', 'Direction de l''éducation, de la jeunesse et du sport', 'Équipe technique du collège', 'Collège Jules Flandrin', 0, '2023-09-04T07:41:00Z'),
  ('nroux', 'Nicolas Roux', 'Direction de l''immobilier et des moyens', 'Service logistique', 'Hôtel du département', 0, '2023-09-04T07:42:00Z'),
  ('efontaine', 'Émilie Fontaine', 'Direction de la culture et du patrimoine', 'Service des publics du Musée dauphinois', 'Musée dauphinois', 0, '2023-09-04T07:43:00Z'),
  ('kmeunier', 'Karim Meunier', 'Direction de la culture et du patrimoine', 'Archives départementales', 'Archives départementales de l''Isère', 0, '2023-09-04T07:44:00Z'),
  ('fmercier', 'François Mercier', 'Direction territoriale du Voironnais-Chartreuse', 'Service aménagement', 'Maison du département Voironnais-Chartreuse', 0, '2023-09-04T07:45:00Z'),
  ('ssimon', 'Sandrine Simon', 'Direction des finances', 'Service exécution budgétaire', 'Hôtel du département', 0, '2023-09-04T07:46:00Z'),
  ('irey', 'Isabelle Rey', 'Direction des affaires juridiques et des assemblées', 'Service des assemblées', 'Hôtel du département', 0, '2023-09-04T07:47:00Z'),
  ('bgauthier', 'Benoît Gauthier', 'Direction de l''aménagement', 'Service environnement et biodiversité', 'Hôtel du département', 0, '2023-09-04T07:48:00Z');

-- Ideas, in creation order
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2024-001', 'Airbnb des collèges : prêter les salles des collèges aux associations',
   'Le soir, le mercredi après-midi et pendant les vacances scolaires, les salles de nos collèges restent vides alors que les associations des communes cherchent des lieux pour leurs activités.
Les demandes arrivent au cas par cas, par téléphone ou par courrier au principal, et chaque collège y répond à sa manière. Beaucoup d''associations ne savent même pas qu''elles peuvent demander.',
   'Une plateforme simple, sur le modèle d''Airbnb, où chaque collège publie ses salles disponibles (salle polyvalente, réfectoire, gymnase, salle informatique) avec un calendrier, et où les associations réservent en ligne.
Questions à trancher : va-t-on facturer ? Combien ? Qui peut avoir accès aux bâtiments, et qui ouvre et ferme ? Nous proposons de commencer par une dizaine de collèges volontaires avant d''élargir.',
   (SELECT id FROM agents WHERE login = 'cmoreau'), 'Direction de l''éducation, de la jeunesse et du sport', 'Service vie des collèges', 'Hôtel du département',
   'generalisee', 9, '2024-01-15T08:42:00Z', '2025-06-24T14:10:00Z', '2025-06-24T14:10:00Z', NULL,
   4, 3,
   'L''étude lève les principaux obstacles. Construction de la plateforme de réservation et de la convention type pendant l''été, pour une expérimentation dans dix collèges volontaires à la rentrée.',
   NULL, NULL,
   'Étude menée avec la Direction de l''immobilier et des moyens et trois principaux de collège : prêt gratuit aux associations d''intérêt local, convention type avec attestation d''assurance, ouverture et fermeture par un agent volontaire du collège, rémunéré en heures supplémentaires. Dix collèges sont prêts à essayer dès la rentrée.');
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2024-002', 'Partage ma passion : des agents font découvrir leur loisir à leurs collègues',
   'Beaucoup d''agents ont des talents cachés : photographie, couture, randonnée, langue des signes, cuisine… Ces savoir-faire restent invisibles alors qu''ils pourraient créer du lien entre des services qui ne se croisent jamais.
La pause de midi à l''Hôtel du département est souvent solitaire, surtout pour les nouveaux arrivants.',
   'Proposer des ateliers courts, pendant la pause de midi, animés bénévolement par des agents qui partagent leur passion. Il faut une salle disponible à midi, un calendrier sur l''intranet et des volontaires pour animer : un premier appel peut passer par la lettre interne.
Les ateliers restent gratuits, ouverts à tous, sans lien hiérarchique.',
   (SELECT id FROM agents WHERE login = 'vperrin'), 'Direction des ressources humaines', 'Service santé et qualité de vie au travail', 'Hôtel du département',
   'generalisee', 5, '2024-02-06T11:20:00Z', '2024-10-15T14:25:00Z', '2024-10-15T14:25:00Z', NULL,
   2, 4,
   'Idée simple, peu coûteuse, qui crée du lien entre les services : expérimentation immédiate à l''Hôtel du département, d''avril à septembre, avec la salle du rez-de-chaussée réservée le mardi et le jeudi midi.',
   NULL, NULL,
   NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2024-003', 'Espace compétences : une immersion dans un service du Département pour les allocataires du RSA',
   'Les allocataires du RSA que nous accompagnons ont souvent de vraies compétences mais aucune expérience récente à faire valoir, et ils se découragent face aux offres d''emploi.
De leur côté, nos services peinent à recruter sur certains métiers : entretien des routes, restauration dans les collèges, accueil.',
   'Ouvrir nos propres services à des immersions de deux à quatre semaines pour des allocataires volontaires, avec un tuteur dans le service et un suivi par le référent RSA. À la fin, une attestation de compétences et, quand c''est possible, une mise en relation avec les recrutements du Département.
On pourrait démarrer dans deux Maisons du département.',
   (SELECT id FROM agents WHERE login = 'mdupont'), 'Direction des solidarités', 'Service insertion', 'Maison du département Grésivaudan',
   'experimentation', 7, '2024-03-19T13:05:00Z', '2025-04-01T07:50:00Z', '2025-04-01T07:50:00Z', NULL,
   4, 3,
   'L''étude apporte un cadre solide. Construction du parcours (conventions, guide du tuteur, attestation de compétences) pour une expérimentation au printemps dans les Maisons du département Grésivaudan et Vercors.',
   NULL, NULL,
   'Les immersions se feront sous convention de période de mise en situation en milieu professionnel, signée avec France Travail, pour deux à quatre semaines. La Direction des ressources humaines forme les tuteurs et reconnaît leur temps de tutorat. Les Maisons du département Grésivaudan et Vercors sont volontaires pour commencer.');
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2024-004', 'Covoiturage entre les sites du Département pour les réunions et les formations',
   'Chaque semaine, des dizaines d''agents des territoires montent à l''Hôtel du département pour une réunion ou une formation, chacun dans sa voiture, souvent aux mêmes horaires.
Les véhicules de service sont vite réservés et les frais kilométriques s''accumulent.',
   'Un tableau de covoiturage interne, lié aux convocations des réunions et des formations : en s''inscrivant, on voit qui part du même site et on propose ou réserve une place. Les trajets partagés pourraient compter pour le forfait mobilités durables.',
   (SELECT id FROM agents WHERE login = 'fmercier'), 'Direction territoriale du Voironnais-Chartreuse', 'Service aménagement', 'Maison du département Voironnais-Chartreuse',
   'transmise', 4, '2024-04-09T06:58:00Z', '2024-05-28T14:50:00Z', '2024-05-28T14:50:00Z', NULL,
   NULL, NULL,
   NULL,
   'Direction des mobilités', NULL,
   NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2024-005', 'BuroDispo : trouver un bureau libre à l''Hôtel du département',
   'Les agents des territoires de passage et ceux qui alternent télétravail et présence cherchent souvent un bureau libre dans les étages de l''Hôtel du département.
À l''inverse, des bureaux restent vides plusieurs jours par semaine sans que personne ne le sache. On perd du temps et on finit parfois par travailler à la cafétéria.',
   'Un outil de réservation des postes de travail à la demi-journée : le plan de chaque étage, les bureaux libres, ceux qui ont un écran ou une station d''accueil, et une réservation en deux clics.
Un bureau réservé mais inoccupé à l''heure dite est libéré automatiquement.',
   (SELECT id FROM agents WHERE login = 'ychevalier'), 'Direction du numérique', 'Service assistance et proximité', 'Hôtel du département',
   'experimentation', 6, '2024-05-21T12:35:00Z', '2025-03-03T08:15:00Z', '2025-03-03T08:15:00Z', NULL,
   3, 3,
   'Réponse attendue par les agents de passage, et utile au projet d''aménagement des espaces de travail. Construction par la Direction du numérique, avec la Direction de l''immobilier et des moyens pour les plans et les bureaux réservés.',
   NULL, NULL,
   NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2024-006', 'Signaler un nid-de-poule sur une route départementale depuis son téléphone',
   'Les usagers signalent les dégradations de chaussée par téléphone, par courriel ou par leur mairie, et l''information arrive tard et incomplète aux centres d''entretien routier : on ne sait pas toujours sur quelle route ni à quel point de repère.',
   'Une page web utilisable sur téléphone, avec géolocalisation et photo, qui transmet directement le signalement au centre d''entretien concerné. L''usager reçoit un accusé de réception, puis un message quand la réparation est faite.',
   (SELECT id FROM agents WHERE login = 'plambert'), 'Direction des mobilités', 'Service patrimoine routier', 'Maison du département Trièves',
   'arretee', 6, '2024-06-12T05:50:00Z', '2025-02-25T14:45:00Z', '2025-02-25T14:45:00Z', NULL,
   3, 2,
   'Service attendu par les usagers, mais le tri et le traitement des signalements par les centres d''entretien restent à éprouver. Construction d''une page de signalement avec un partenaire extérieur, puis essai sur deux territoires pendant l''hiver.',
   NULL, 'Trop de signalements en double et un tri trop lourd pour les centres d''entretien, sans gain sur le délai de réparation. Les enseignements serviront au futur portail des usagers.',
   NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2024-007', 'Aménager un espace de repos à l''Hôtel du département',
   'Les journées sont longues pour les agents qui font de longs trajets, et la fatigue se fait sentir en début d''après-midi.
Il n''existe aucun endroit calme où s''isoler dix minutes : les salles de réunion sont toutes réservées et la cafétéria est bruyante.',
   'Transformer une petite salle peu utilisée en espace de repos : lumière douce, fauteuils inclinables, réservation par créneaux de vingt minutes. D''autres collectivités l''ont fait pour un coût modeste.',
   (SELECT id FROM agents WHERE login = 'ssimon'), 'Direction des finances', 'Service exécution budgétaire', 'Hôtel du département',
   'non-retenue', 4, '2024-09-24T12:10:00Z', '2024-11-19T14:55:00Z', '2024-11-19T14:55:00Z', NULL,
   NULL, NULL,
   NULL,
   NULL, 'Aucune salle ne peut être libérée à l''Hôtel du département avant la fin des travaux. L''idée sera réexaminée avec le projet d''aménagement des espaces de travail.',
   NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2025-001', 'L''Accorderie des savoir-faire : échanger des coups de pouce professionnels entre agents',
   'Chacun d''entre nous maîtrise des savoir-faire utiles aux autres : un tableur bien construit, la rédaction d''un marché, la prise de parole en public, un logiciel métier… Mais on ne sait pas qui sait faire quoi, et on n''ose pas demander un coup de main à un collègue d''une autre direction.
Les formations, elles, ne répondent pas à un besoin ponctuel d''une heure.',
   'Une banque de temps entre agents, sur le modèle des accorderies : une heure donnée vaut une heure reçue, quel que soit le coup de pouce. Chacun publie ses offres et ses demandes ; les échanges sont comptés en heures et confirmés par les deux agents.
Le temps passé est reconnu par l''encadrement comme du temps de travail.',
   (SELECT id FROM agents WHERE login = 'lbernard'), 'Direction des ressources humaines', 'Service formation et compétences', 'Hôtel du département',
   'construction', 6, '2025-01-14T09:15:00Z', '2025-06-24T14:25:00Z', '2025-06-24T14:25:00Z', NULL,
   3, 3,
   'Feu vert pour construire l''outil et les règles de fonctionnement retenues par l''étude : solde plancher de −10 heures, confirmation de chaque échange par les deux agents, accord du responsable.',
   NULL, NULL,
   'Une heure donnée vaut une heure reçue, quel que soit le coup de pouce. Les échanges ont lieu sur le temps de travail, avec l''accord du responsable, dans la limite de quatre heures par mois. Un solde plancher de −10 heures évite les déséquilibres, et chaque échange est confirmé par les deux agents. Le Réseau des Accorderies de France peut accompagner le lancement.');
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2025-002', 'La Prêterie : prêter entre services le matériel peu utilisé',
   'Chaque service achète son vidéoprojecteur, ses grilles d''exposition, sa sono, ses barnums pour les manifestations… qui servent trois fois par an et dorment le reste du temps dans un placard.
Quand un service en a besoin en urgence, il ignore qu''un autre en possède à l''étage du dessous.',
   'Un inventaire partagé du matériel prêtable, avec un calendrier de réservation et un point de retrait au service logistique. On commencerait par le matériel événementiel et audiovisuel de l''Hôtel du département, puis on ouvrirait aux Maisons du département.',
   (SELECT id FROM agents WHERE login = 'nroux'), 'Direction de l''immobilier et des moyens', 'Service logistique', 'Hôtel du département',
   'experimentation', 5, '2025-02-11T10:25:00Z', '2025-09-08T07:55:00Z', '2025-09-08T07:55:00Z', NULL,
   2, 4,
   'Des économies faciles et un bon exemple de sobriété. Construction de l''inventaire et du calendrier de réservation avec le service logistique, en commençant par le matériel événementiel et audiovisuel de l''Hôtel du département.',
   NULL, NULL,
   NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2025-003', 'Dématérialiser les états de frais de déplacement',
   'Les états de frais de déplacement se remplissent encore sur un formulaire papier, signé par le chef de service, puis envoyé par courrier interne avec les justificatifs.
Des dossiers se perdent, les erreurs de calcul sont fréquentes et certains agents attendent trois mois leur remboursement.',
   'Un formulaire en ligne qui calcule les indemnités kilométriques et les forfaits repas, accepte les justificatifs photographiés et suit un circuit de validation électronique jusqu''au service de la paie. L''agent voit à tout moment où en est sa demande.',
   (SELECT id FROM agents WHERE login = 'ssimon'), 'Direction des finances', 'Service exécution budgétaire', 'Hôtel du département',
   'construction', 5, '2025-03-27T13:40:00Z', '2025-05-27T14:40:00Z', '2025-05-27T14:40:00Z', NULL,
   3, 3,
   'Gain de temps évident pour les agents comme pour la paie. Construction avec la Direction du numérique et le service de la paie ; le formulaire devra fonctionner aussi sur téléphone.',
   NULL, NULL,
   NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2025-004', 'Visites virtuelles des Archives départementales pour les collégiens',
   'Les collèges éloignés de Grenoble renoncent souvent à venir aux Archives départementales : le car coûte cher et le trajet prend une demi-journée.
Les élèves du Trièves ou du Haut-Rhône dauphinois n''ont donc presque jamais accès à ces fonds.',
   'Proposer des visites virtuelles en direct : un archiviste présente des documents originaux devant une caméra, les élèves posent leurs questions depuis leur classe. Un dossier pédagogique accompagnerait chaque visite.',
   (SELECT id FROM agents WHERE login = 'kmeunier'), 'Direction de la culture et du patrimoine', 'Archives départementales', 'Archives départementales de l''Isère',
   'retiree', 3, '2025-05-06T08:05:00Z', '2025-06-02T12:30:00Z', '2025-06-02T12:30:00Z', 'Le service des publics des Archives lance des classes virtuelles à la rentrée : je préfère y contribuer directement plutôt que de mener un projet parallèle.',
   NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2025-005', 'Un parrain ou une marraine pour chaque nouvel arrivant',
   'Quand on arrive au Département, on reçoit un ordinateur et un badge, mais personne pour expliquer les sigles, les circuits de signature ou qui appeler pour quoi.
Les premières semaines sont déroutantes, surtout sur les sites éloignés, et certains agents repartent avant la fin de leur première année.',
   'Proposer à chaque nouvel arrivant un parrain ou une marraine volontaire, d''une autre direction, pendant ses six premiers mois : un café le premier jour, un point par mois, et quelqu''un à qui poser les questions qu''on n''ose pas poser à son responsable.
Les parrains et marraines recevraient une courte formation et un guide.',
   (SELECT id FROM agents WHERE login = 'efontaine'), 'Direction de la culture et du patrimoine', 'Service des publics du Musée dauphinois', 'Musée dauphinois',
   'etude', 4, '2025-06-17T07:20:00Z', '2025-09-30T14:15:00Z', '2025-09-30T14:15:00Z', NULL,
   3, 3,
   'Le comité soutient l''idée mais demande une étude préalable avec la Direction des ressources humaines : articulation avec le parcours d''accueil existant, temps accordé aux parrains et marraines, reconnaissance de leur engagement.',
   NULL, NULL,
   NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2025-006', 'Optimiser les circuits de déneigement et de salage des agents des routes',
   'Les circuits de viabilité hivernale ont été dessinés il y a plus de quinze ans et ont peu changé, alors que le réseau, les engins et les priorités ont évolué.
Certaines tournées se chevauchent, d''autres imposent de longs trajets à vide entre deux sections, et l''on consomme plus de sel et de gazole que nécessaire.',
   'Utiliser les données des traceurs déjà installés sur les engins pour recalculer les circuits avec un outil d''optimisation d''itinéraires, en tenant compte des niveaux de service et des contraintes des équipes. On testerait sur un ou deux centres d''entretien avant l''hiver suivant.',
   (SELECT id FROM agents WHERE login = 'tgirard'), 'Direction des mobilités', 'Service exploitation des routes', 'Centre d''entretien routier de La Mure',
   'etude', 4, '2025-09-30T05:45:00Z', '2025-11-18T14:20:00Z', '2025-11-18T14:20:00Z', NULL,
   4, 2,
   'Gains possibles importants en sel, en carburant et en heures de conduite. Avant tout essai, une étude doit vérifier la qualité des données des traceurs et encadrer leur usage avec le délégué à la protection des données et les équipes.',
   NULL, NULL,
   NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2025-007', 'Zéro papier pour les dossiers des commissions',
   'Pour chaque commission, nous imprimons et relions des dossiers de plusieurs centaines de pages, envoyés à chaque participant, souvent modifiés la veille et réimprimés.
Une grande partie finit à la benne sans avoir été lue : du papier, du temps d''agent et des frais d''envoi.',
   'Mettre les dossiers à disposition sur une plateforme en ligne consultable sur tablette, avec annotations personnelles et notification des mises à jour. Quelques exemplaires papier resteraient disponibles pour celles et ceux qui le demandent.',
   (SELECT id FROM agents WHERE login = 'irey'), 'Direction des affaires juridiques et des assemblées', 'Service des assemblées', 'Hôtel du département',
   'comite', 4, '2025-12-02T10:50:00Z', '2026-10-06T09:15:00Z', '2026-10-06T09:15:00Z', NULL,
   NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2026-001', 'Une foire aux questions sur le RSA pour les usagers et les agents d''accueil',
   'À l''accueil des Maisons du département, les mêmes questions sur le RSA reviennent plusieurs fois par jour : quand arrive le premier versement, que faire en cas de changement de situation, qui est mon référent…
Les agents d''accueil n''ont pas toujours la réponse à jour et renvoient vers les travailleurs sociaux, déjà très sollicités.',
   'Rédiger avec les référents et les agents d''accueil une foire aux questions en langage simple, mise à jour à chaque évolution de la réglementation, publiée sur isere.fr et imprimable pour les accueils. Chaque réponse indiquerait qui contacter.',
   (SELECT id FROM agents WHERE login = 'abenali'), 'Direction des solidarités', 'Service action sociale', 'Maison du département Vercors',
   'comite', 4, '2026-01-20T09:35:00Z', '2026-11-03T09:10:00Z', '2026-11-03T09:10:00Z', NULL,
   NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2026-002', 'Écrire nos courriers aux familles en « facile à lire et à comprendre »',
   'Nos courriers aux familles sont rédigés dans un langage administratif et juridique que beaucoup ne comprennent pas. Certaines familles arrivent en rendez-vous sans savoir pourquoi elles ont été convoquées ; d''autres ne répondent pas, faute d''avoir compris qu''il le fallait.',
   'Réécrire les vingt courriers types les plus envoyés selon la méthode « facile à lire et à comprendre » (FALC), en les faisant relire par des personnes concernées, et former quelques agents pour continuer ensuite.',
   (SELECT id FROM agents WHERE login = 'aroussel'), 'Direction des solidarités', 'Service de l''aide sociale à l''enfance', 'Maison du département Sud-Grésivaudan',
   'contact', 2, '2026-03-10T14:15:00Z', '2026-03-19T08:50:00Z', '2026-03-19T08:50:00Z', NULL,
   NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2026-003', 'Des vélos à assistance électrique pour les déplacements entre les sites grenoblois',
   'Entre l''Hôtel du département, les Archives, le Musée dauphinois et la Maison du département Agglomération grenobloise, nous faisons beaucoup de petits trajets en voiture de service, souvent de moins de cinq kilomètres.
Trouver une place de stationnement prend parfois plus de temps que le trajet lui-même.',
   'Mettre à disposition une flotte de vélos à assistance électrique réservables comme les véhicules de service, avec casques, antivols et un local sécurisé sur chaque site. Une courte formation à la circulation en ville serait proposée aux agents.',
   (SELECT id FROM agents WHERE login = 'bgauthier'), 'Direction de l''aménagement', 'Service environnement et biodiversité', 'Hôtel du département',
   'contact', 2, '2026-05-05T07:25:00Z', '2026-05-13T09:05:00Z', '2026-05-13T09:05:00Z', NULL,
   NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2026-004', 'Un simulateur en ligne pour estimer l''allocation personnalisée d''autonomie',
   'Les familles nous appellent pour savoir si leur parent aura droit à l''APA, et à combien, avant même de déposer un dossier. Nous ne pouvons pas répondre sans évaluation, et beaucoup renoncent à demander ou déposent un dossier incomplet.',
   'Un simulateur sur isere.fr qui, à partir de quelques questions (ressources, situation, besoins d''aide), donne une fourchette indicative de l''aide et de la participation restant à charge, avec la liste des pièces à fournir.',
   (SELECT id FROM agents WHERE login = 'ngarcia'), 'Direction de l''autonomie', 'Service de l''allocation personnalisée d''autonomie', 'Maison du département Isère rhodanienne',
   'deposee', 1, '2026-09-15T12:05:00Z', '2026-09-15T12:05:00Z', '2026-09-15T12:05:00Z', NULL,
   NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO ideas (ref, title, problem, solution, author_id, direction, service, site, stage, version, created_at, updated_at, stage_changed_at, withdrawal_reason,
  impact, faisabilite, decision_note, handed_to, closing_reason, study_conclusion) VALUES
  ('CONS-2026-005', 'Éteindre automatiquement les ordinateurs et les écrans le soir et le week-end',
   'En passant dans les étages le soir, on voit des dizaines d''écrans allumés et d''ordinateurs en veille qui consomment toute la nuit et tout le week-end.
À l''échelle de tous les sites, c''est une consommation d''électricité inutile et loin d''être négligeable.',
   'Programmer, avec le service assistance et proximité, une mise en veille prolongée puis un arrêt automatique des postes à 20 h et le week-end, avec un message d''avertissement pour ceux qui travaillent tard. Des multiprises à interrupteur compléteraient le dispositif pour les écrans.',
   (SELECT id FROM agents WHERE login = 'jmartin'), 'Direction du numérique', 'Service études et développements', 'Hôtel du département',
   'deposee', 1, '2026-10-27T15:30:00Z', '2026-10-27T15:30:00Z', '2026-10-27T15:30:00Z', NULL,
   NULL, NULL, NULL, NULL, NULL, NULL);

INSERT INTO ref_counters (year, last) VALUES
  (2024, 7),
  (2025, 7),
  (2026, 5);

-- Categories
INSERT INTO idea_categories (idea_id, category) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'bâtiments'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'usagers'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), 'cadre de vie au travail'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), 'ressources humaines'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), 'solidarités'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), 'usagers'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-004'), 'mobilité'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-004'), 'environnement'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), 'cadre de vie au travail'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), 'numérique'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), 'bâtiments'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), 'usagers'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), 'mobilité'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), 'numérique'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), 'cadre de vie au travail'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), 'bâtiments'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), 'ressources humaines'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), 'cadre de vie au travail'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), 'environnement'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), 'cadre de vie au travail'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), 'numérique'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), 'ressources humaines'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-004'), 'usagers'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-004'), 'numérique'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-005'), 'ressources humaines'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-006'), 'mobilité'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-006'), 'environnement'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-006'), 'numérique'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-007'), 'environnement'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-007'), 'numérique'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-001'), 'solidarités'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-001'), 'usagers'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-002'), 'usagers'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-002'), 'solidarités'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-003'), 'mobilité'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-003'), 'environnement'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-004'), 'usagers'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-004'), 'numérique'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-004'), 'solidarités'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-005'), 'environnement'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-005'), 'numérique');

-- Co-authors
INSERT INTO idea_coauthors (idea_id, agent_id) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'hblanc')),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), (SELECT id FROM agents WHERE login = 'ngarcia')),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), (SELECT id FROM agents WHERE login = 'abenali')),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'jmartin')),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), (SELECT id FROM agents WHERE login = 'kmeunier')),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), (SELECT id FROM agents WHERE login = 'jmartin')),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-006'), (SELECT id FROM agents WHERE login = 'plambert')),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-001'), (SELECT id FROM agents WHERE login = 'mdupont'));

-- Supports (never by the author or a co-author)
INSERT INTO supports (idea_id, agent_id, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'bgauthier'), '2024-01-16T07:07:20Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'vperrin'), '2024-01-17T13:10:22Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'kmeunier'), '2024-01-18T16:38:10Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'nroux'), '2024-01-31T12:39:22Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'lbernard'), '2024-02-06T14:47:45Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), (SELECT id FROM agents WHERE login = 'mdupont'), '2024-02-06T15:04:46Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), (SELECT id FROM agents WHERE login = 'nroux'), '2024-02-13T06:24:10Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), (SELECT id FROM agents WHERE login = 'cmoreau'), '2024-02-15T12:49:57Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), (SELECT id FROM agents WHERE login = 'fmercier'), '2024-02-16T07:07:59Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), (SELECT id FROM agents WHERE login = 'kmeunier'), '2024-02-20T09:22:19Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'abenali'), '2024-02-21T12:40:12Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), (SELECT id FROM agents WHERE login = 'plambert'), '2024-02-27T15:00:06Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'tgirard'), '2024-03-11T09:11:32Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'jmartin'), '2024-03-11T09:39:17Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), (SELECT id FROM agents WHERE login = 'efontaine'), '2024-03-15T06:30:37Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), (SELECT id FROM agents WHERE login = 'lbernard'), '2024-03-21T08:19:28Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), (SELECT id FROM agents WHERE login = 'tgirard'), '2024-03-21T13:52:01Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), (SELECT id FROM agents WHERE login = 'cmoreau'), '2024-03-22T08:49:17Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'irey'), '2024-03-26T10:17:15Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-004'), (SELECT id FROM agents WHERE login = 'kmeunier'), '2024-04-10T08:40:59Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), (SELECT id FROM agents WHERE login = 'hblanc'), '2024-04-12T12:59:42Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), (SELECT id FROM agents WHERE login = 'tgirard'), '2024-04-16T07:14:47Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-004'), (SELECT id FROM agents WHERE login = 'aroussel'), '2024-04-16T11:29:31Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-004'), (SELECT id FROM agents WHERE login = 'jmartin'), '2024-04-17T12:19:28Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), (SELECT id FROM agents WHERE login = 'kmeunier'), '2024-04-19T07:58:03Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-004'), (SELECT id FROM agents WHERE login = 'mdupont'), '2024-05-13T06:23:53Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), (SELECT id FROM agents WHERE login = 'jmartin'), '2024-05-13T10:39:29Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-004'), (SELECT id FROM agents WHERE login = 'ssimon'), '2024-05-13T11:10:46Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'hblanc'), '2024-05-24T11:04:51Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'ngarcia'), '2024-05-31T09:18:23Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'fmercier'), '2024-06-06T16:47:25Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), (SELECT id FROM agents WHERE login = 'cmoreau'), '2024-06-13T06:16:59Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), (SELECT id FROM agents WHERE login = 'abenali'), '2024-06-19T07:58:17Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'plambert'), '2024-06-19T10:08:59Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'abenali'), '2024-06-25T16:14:33Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'aroussel'), '2024-07-16T06:44:03Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'mdupont'), '2024-07-16T06:45:33Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'nroux'), '2024-08-01T12:19:35Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), (SELECT id FROM agents WHERE login = 'aroussel'), '2024-08-23T08:42:28Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), (SELECT id FROM agents WHERE login = 'abenali'), '2024-10-02T13:20:48Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), (SELECT id FROM agents WHERE login = 'nroux'), '2024-10-04T10:34:23Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), (SELECT id FROM agents WHERE login = 'lbernard'), '2024-10-15T09:01:13Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), (SELECT id FROM agents WHERE login = 'hblanc'), '2024-10-29T13:57:44Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), (SELECT id FROM agents WHERE login = 'jmartin'), '2024-10-31T09:02:44Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), (SELECT id FROM agents WHERE login = 'plambert'), '2024-10-31T15:17:58Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), (SELECT id FROM agents WHERE login = 'nroux'), '2025-01-17T10:46:10Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), (SELECT id FROM agents WHERE login = 'abenali'), '2025-01-24T12:19:02Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), (SELECT id FROM agents WHERE login = 'vperrin'), '2025-01-24T16:45:06Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), (SELECT id FROM agents WHERE login = 'cmoreau'), '2025-02-12T14:38:49Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), (SELECT id FROM agents WHERE login = 'bgauthier'), '2025-02-17T15:43:50Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), (SELECT id FROM agents WHERE login = 'hblanc'), '2025-02-19T08:49:57Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), (SELECT id FROM agents WHERE login = 'mdupont'), '2025-02-27T15:54:55Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), (SELECT id FROM agents WHERE login = 'efontaine'), '2025-03-21T06:33:40Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), (SELECT id FROM agents WHERE login = 'irey'), '2025-03-26T16:19:51Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), (SELECT id FROM agents WHERE login = 'aroussel'), '2025-03-28T11:22:06Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), (SELECT id FROM agents WHERE login = 'plambert'), '2025-04-03T14:06:28Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), (SELECT id FROM agents WHERE login = 'nroux'), '2025-04-04T12:43:24Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), (SELECT id FROM agents WHERE login = 'ychevalier'), '2025-04-09T12:48:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), (SELECT id FROM agents WHERE login = 'lbernard'), '2025-04-24T15:10:45Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), (SELECT id FROM agents WHERE login = 'mdupont'), '2025-04-25T06:01:49Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), (SELECT id FROM agents WHERE login = 'vperrin'), '2025-05-05T15:23:02Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), (SELECT id FROM agents WHERE login = 'kmeunier'), '2025-05-14T09:29:19Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-004'), (SELECT id FROM agents WHERE login = 'hblanc'), '2025-05-26T15:58:56Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), (SELECT id FROM agents WHERE login = 'tgirard'), '2025-05-29T16:28:51Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), (SELECT id FROM agents WHERE login = 'abenali'), '2025-06-09T06:45:27Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-005'), (SELECT id FROM agents WHERE login = 'ssimon'), '2025-06-25T15:40:08Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-005'), (SELECT id FROM agents WHERE login = 'vperrin'), '2025-06-27T06:50:41Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-005'), (SELECT id FROM agents WHERE login = 'fmercier'), '2025-06-27T14:55:14Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-005'), (SELECT id FROM agents WHERE login = 'hblanc'), '2025-08-14T16:18:06Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-005'), (SELECT id FROM agents WHERE login = 'nroux'), '2025-08-18T11:13:57Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-006'), (SELECT id FROM agents WHERE login = 'ngarcia'), '2025-10-08T12:51:03Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-006'), (SELECT id FROM agents WHERE login = 'hblanc'), '2025-11-06T12:18:15Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-006'), (SELECT id FROM agents WHERE login = 'abenali'), '2025-11-11T15:00:47Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-007'), (SELECT id FROM agents WHERE login = 'jmartin'), '2025-12-24T06:26:17Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-007'), (SELECT id FROM agents WHERE login = 'hblanc'), '2025-12-26T09:39:49Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-007'), (SELECT id FROM agents WHERE login = 'ssimon'), '2026-01-06T09:57:20Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-001'), (SELECT id FROM agents WHERE login = 'aroussel'), '2026-01-20T13:55:15Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-001'), (SELECT id FROM agents WHERE login = 'bgauthier'), '2026-01-21T12:20:21Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-007'), (SELECT id FROM agents WHERE login = 'lbernard'), '2026-02-09T12:29:58Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-001'), (SELECT id FROM agents WHERE login = 'fmercier'), '2026-03-05T12:33:09Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-001'), (SELECT id FROM agents WHERE login = 'hblanc'), '2026-03-11T09:59:17Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-002'), (SELECT id FROM agents WHERE login = 'jmartin'), '2026-03-19T12:18:39Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-002'), (SELECT id FROM agents WHERE login = 'kmeunier'), '2026-03-27T15:16:05Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-002'), (SELECT id FROM agents WHERE login = 'mdupont'), '2026-04-14T15:17:10Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-003'), (SELECT id FROM agents WHERE login = 'mdupont'), '2026-05-08T06:51:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-003'), (SELECT id FROM agents WHERE login = 'kmeunier'), '2026-05-08T09:28:12Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-003'), (SELECT id FROM agents WHERE login = 'ngarcia'), '2026-06-02T11:58:46Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-003'), (SELECT id FROM agents WHERE login = 'jmartin'), '2026-06-17T11:02:27Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-003'), (SELECT id FROM agents WHERE login = 'cmoreau'), '2026-06-24T06:14:26Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-004'), (SELECT id FROM agents WHERE login = 'abenali'), '2026-09-17T09:03:31Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-005'), (SELECT id FROM agents WHERE login = 'irey'), '2026-11-11T16:18:21Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-005'), (SELECT id FROM agents WHERE login = 'nroux'), '2026-11-19T14:54:51Z');

-- Comments, oldest first (written_by differs when the team wrote for an agent)
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'nroux'), (SELECT id FROM agents WHERE login = 'nroux'),
   'Va-t-on facturer ? Combien ? Qui peut avoir accès aux bâtiments ? Ce sont les trois questions à régler avant tout, notamment pour l''assurance et la sécurité incendie.', '2024-01-17T12:40:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'hblanc'), (SELECT id FROM agents WHERE login = 'construisons'),
   'Au collège Jules Flandrin, la salle polyvalente est libre tous les soirs après 18 h.
Je veux bien tester l''ouverture et la fermeture avec une association du quartier.', '2024-01-22T15:05:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), (SELECT id FROM agents WHERE login = 'jmartin'), (SELECT id FROM agents WHERE login = 'jmartin'),
   'Je suis partant pour animer un atelier d''initiation à la photo avec un smartphone !', '2024-02-08T12:10:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), (SELECT id FROM agents WHERE login = 'aroussel'), (SELECT id FROM agents WHERE login = 'aroussel'),
   'Super idée pour rencontrer des collègues d''autres directions. Pourrait-on aussi suivre les ateliers en visio depuis les sites éloignés ?', '2024-02-12T13:25:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'construisons'), (SELECT id FROM agents WHERE login = 'construisons'),
   'Le comité a demandé une étude préalable sur la tarification, les assurances et la gestion des clés.
Nous revenons vers vous d''ici deux mois avec la Direction de l''immobilier et des moyens.', '2024-03-14T08:30:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), (SELECT id FROM agents WHERE login = 'tgirard'), (SELECT id FROM agents WHERE login = 'tgirard'),
   'Les centres d''entretien routier seraient prêts à accueillir des personnes en immersion, surtout avant la saison hivernale.', '2024-03-22T09:55:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), (SELECT id FROM agents WHERE login = 'lbernard'), (SELECT id FROM agents WHERE login = 'lbernard'),
   'Attention au cadre : chaque immersion demande une convention de mise en situation en milieu professionnel, signée avec France Travail.
Je peux vous aider à la mettre en place.', '2024-04-02T14:30:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-004'), (SELECT id FROM agents WHERE login = 'bgauthier'), (SELECT id FROM agents WHERE login = 'bgauthier'),
   'Oui ! Et pourquoi ne pas afficher le CO2 économisé par chaque trajet partagé ?', '2024-04-11T07:40:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), (SELECT id FROM agents WHERE login = 'tgirard'), (SELECT id FROM agents WHERE login = 'tgirard'),
   'Premier atelier « pain au levain » ce midi : quinze inscrits, et des collègues que je n''avais jamais croisés. À refaire !', '2024-04-30T13:45:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'mdupont'), (SELECT id FROM agents WHERE login = 'mdupont'),
   'Quand je viens à l''Hôtel du département pour une réunion, je perds souvent vingt minutes à trouver un bureau. Vivement !', '2024-05-23T15:20:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'nroux'), (SELECT id FROM agents WHERE login = 'nroux'),
   'Il faudra prévoir les bureaux réservés à certaines directions et ceux bloqués pendant les travaux.', '2024-05-27T08:10:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-004'), (SELECT id FROM agents WHERE login = 'construisons'), (SELECT id FROM agents WHERE login = 'construisons'),
   'Le comité a transmis l''idée à la Direction des mobilités, qui l''intègre au plan de mobilité employeur. François reste associé aux travaux.', '2024-05-30T09:00:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'fmercier'), (SELECT id FROM agents WHERE login = 'fmercier'),
   'Pourra-t-on réserver depuis son téléphone, avant de partir de son site ?', '2024-06-04T06:50:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), (SELECT id FROM agents WHERE login = 'efontaine'), (SELECT id FROM agents WHERE login = 'construisons'),
   'Je propose un atelier de croquis dans les salles du Musée dauphinois, un jeudi midi par mois. Qui est intéressé ?', '2024-06-11T10:05:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), (SELECT id FROM agents WHERE login = 'tgirard'), (SELECT id FROM agents WHERE login = 'tgirard'),
   'Nous recevons déjà beaucoup d''appels : si les signalements arrivent avec une photo et la position, nous gagnerons un temps précieux.', '2024-06-14T06:25:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), (SELECT id FROM agents WHERE login = 'jmartin'), (SELECT id FROM agents WHERE login = 'jmartin'),
   'Une courte sieste améliore la concentration l''après-midi, c''est bien documenté. Je soutiens !', '2024-09-26T12:15:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), (SELECT id FROM agents WHERE login = 'vperrin'), (SELECT id FROM agents WHERE login = 'vperrin'),
   'Côté santé et qualité de vie au travail, nous sommes intéressés. Il faudrait aussi penser aux agents des sites extérieurs.', '2024-10-01T09:45:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'kmeunier'), (SELECT id FROM agents WHERE login = 'kmeunier'),
   'Les salles pourraient-elles aussi accueillir les expositions itinérantes des Archives ?', '2024-10-08T11:50:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), (SELECT id FROM agents WHERE login = 'construisons'), (SELECT id FROM agents WHERE login = 'construisons'),
   'Le comité n''a pas retenu l''idée pour le moment : aucune salle ne peut être libérée à l''Hôtel du département avant la fin des travaux.
Elle sera réexaminée avec le projet d''aménagement des espaces de travail.', '2024-11-21T08:35:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), (SELECT id FROM agents WHERE login = 'ychevalier'), (SELECT id FROM agents WHERE login = 'ychevalier'),
   'Je peux offrir des coups de pouce sur le tableur et ses formules. En échange, j''aurais bien besoin d''aide pour préparer une prise de parole.', '2025-01-16T13:10:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), (SELECT id FROM agents WHERE login = 'ssimon'), (SELECT id FROM agents WHERE login = 'ssimon'),
   'Comment compte-t-on le temps ? Une heure d''aide sur un marché public vaut-elle vraiment une heure d''aide sur un tableur ?', '2025-01-20T10:25:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), (SELECT id FROM agents WHERE login = 'lbernard'), (SELECT id FROM agents WHERE login = 'lbernard'),
   'Oui, c''est le principe des accorderies : une heure vaut une heure, quel que soit le savoir-faire. C''est ce qui rend l''échange simple et équitable.', '2025-01-22T07:55:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), (SELECT id FROM agents WHERE login = 'efontaine'), (SELECT id FROM agents WHERE login = 'efontaine'),
   'Le musée a deux vitrines d''exposition mobiles qui ne servent presque jamais : nous pourrions les proposer.', '2025-02-13T14:45:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), (SELECT id FROM agents WHERE login = 'construisons'), (SELECT id FROM agents WHERE login = 'construisons'),
   'Le comité a décidé d''arrêter l''expérimentation : trop de signalements en double et un tri trop lourd pour les centres d''entretien.
Les enseignements serviront au futur portail des usagers.', '2025-03-04T08:55:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'construisons'), (SELECT id FROM agents WHERE login = 'construisons'),
   'L''expérimentation démarre aux 3e et 4e étages pour trois mois.
Indicateurs suivis : taux d''occupation des postes, nombre de réservations, réservations libérées faute d''arrivée.', '2025-03-05T09:40:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), (SELECT id FROM agents WHERE login = 'tgirard'), (SELECT id FROM agents WHERE login = 'tgirard'),
   'Sur les routes, nous nous déplaçons beaucoup : un formulaire en ligne nous ferait gagner un temps fou.', '2025-03-31T06:35:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), (SELECT id FROM agents WHERE login = 'hblanc'), (SELECT id FROM agents WHERE login = 'construisons'),
   'Pensez aux agents des collèges qui n''ont pas d''ordinateur attitré : il faut que le formulaire fonctionne aussi sur téléphone.', '2025-04-08T12:20:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), (SELECT id FROM agents WHERE login = 'abenali'), (SELECT id FROM agents WHERE login = 'abenali'),
   'Testé la semaine dernière : réservé en deux minutes, et le bureau avait bien un écran. Seul bémol, le plan n''indique pas où sont les imprimantes.', '2025-04-15T11:30:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-004'), (SELECT id FROM agents WHERE login = 'cmoreau'), (SELECT id FROM agents WHERE login = 'cmoreau'),
   'Les principaux des collèges ruraux seraient très demandeurs. Avez-vous pensé à des créneaux compatibles avec les emplois du temps ?', '2025-05-09T10:40:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), (SELECT id FROM agents WHERE login = 'lbernard'), (SELECT id FROM agents WHERE login = 'lbernard'),
   'Le service de la paie sera associé à la construction, pour que le circuit de validation respecte les règles de remboursement.', '2025-06-02T08:05:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), (SELECT id FROM agents WHERE login = 'mdupont'), (SELECT id FROM agents WHERE login = 'mdupont'),
   'Premier bilan à mi-parcours dans les deux Maisons du département : 14 immersions, dont 4 ont débouché sur une candidature à un poste au Département.
Les tuteurs demandent que leur temps de préparation soit mieux reconnu.', '2025-06-03T08:20:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), (SELECT id FROM agents WHERE login = 'hblanc'), (SELECT id FROM agents WHERE login = 'hblanc'),
   'Au collège, nous avons accueilli une personne en immersion en restauration : très bonne expérience, elle a depuis été recrutée en contrat.', '2025-06-09T12:35:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-005'), (SELECT id FROM agents WHERE login = 'aroussel'), (SELECT id FROM agents WHERE login = 'aroussel'),
   'Arrivée il y a un an, j''aurais adoré avoir une marraine ! Je veux bien l''être à mon tour.', '2025-06-19T11:55:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-005'), (SELECT id FROM agents WHERE login = 'ychevalier'), (SELECT id FROM agents WHERE login = 'ychevalier'),
   'Il faudrait que le parrain ne soit pas dans la ligne hiérarchique, pour que la parole soit libre.', '2025-06-24T07:15:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), (SELECT id FROM agents WHERE login = 'construisons'), (SELECT id FROM agents WHERE login = 'construisons'),
   'Le comité a validé la construction. Un solde plancher de −10 heures évitera les déséquilibres, et chaque échange devra être confirmé par les deux agents.', '2025-06-26T09:30:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), (SELECT id FROM agents WHERE login = 'construisons'), (SELECT id FROM agents WHERE login = 'construisons'),
   'Après une année d''expérimentation dans dix collèges et plus de 300 réservations, le comité a décidé de généraliser le dispositif sous le nom « La salle sur demande ».
Merci à toutes celles et à tous ceux qui ont participé !', '2025-07-01T09:15:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-006'), (SELECT id FROM agents WHERE login = 'fmercier'), (SELECT id FROM agents WHERE login = 'fmercier'),
   'Dans le Voironnais, deux circuits passent par le même col à une heure d''intervalle. Il y a sûrement des gains à faire.', '2025-10-02T13:05:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-005'), (SELECT id FROM agents WHERE login = 'construisons'), (SELECT id FROM agents WHERE login = 'construisons'),
   'Le comité a demandé une étude préalable avec la DRH :
- articulation avec le parcours d''accueil existant ;
- temps accordé aux parrains et marraines ;
- reconnaissance de leur engagement.', '2025-10-07T08:25:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), (SELECT id FROM agents WHERE login = 'cmoreau'), (SELECT id FROM agents WHERE login = 'cmoreau'),
   'J''ai emprunté le vidéoprojecteur pour une réunion avec des principaux : réservation simple, retrait rapide. Merci !', '2025-10-14T15:10:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-006'), (SELECT id FROM agents WHERE login = 'jmartin'), (SELECT id FROM agents WHERE login = 'jmartin'),
   'Les données des traceurs sont disponibles, mais attention : l''usage des données de géolocalisation doit être déclaré et expliqué aux équipes.', '2025-10-15T09:50:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-007'), (SELECT id FROM agents WHERE login = 'bgauthier'), (SELECT id FROM agents WHERE login = 'bgauthier'),
   'Nous imprimons plus de 40 000 pages par an pour les commissions : le gain serait énorme.', '2025-12-04T10:15:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-007'), (SELECT id FROM agents WHERE login = 'kmeunier'), (SELECT id FROM agents WHERE login = 'kmeunier'),
   'Attention à l''archivage : les dossiers de séance doivent être conservés. Les Archives peuvent vous conseiller sur la version numérique qui fera foi.', '2025-12-09T13:40:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-001'), (SELECT id FROM agents WHERE login = 'aroussel'), (SELECT id FROM agents WHERE login = 'aroussel'),
   'Nous avons les mêmes questions en protection de l''enfance sur les aides financières : une foire aux questions du même type serait utile.', '2026-01-22T14:05:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-001'), (SELECT id FROM agents WHERE login = 'ngarcia'), (SELECT id FROM agents WHERE login = 'ngarcia'),
   'Pensez à une version en « facile à lire et à comprendre » et à une version audio.', '2026-02-03T08:30:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-002'), (SELECT id FROM agents WHERE login = 'abenali'), (SELECT id FROM agents WHERE login = 'abenali'),
   'Très juste ! Les convocations inquiètent particulièrement les familles.
Je peux aider à repérer les courriers les plus envoyés.', '2026-03-12T07:45:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-003'), (SELECT id FROM agents WHERE login = 'vperrin'), (SELECT id FROM agents WHERE login = 'vperrin'),
   'Bonne idée pour la santé ! Il faudrait aussi des douches et des vestiaires sur les sites.', '2026-05-07T11:35:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-003'), (SELECT id FROM agents WHERE login = 'nroux'), (SELECT id FROM agents WHERE login = 'nroux'),
   'Le local vélos de l''Hôtel du département est déjà saturé : il faudra prévoir des places supplémentaires et des prises de recharge.', '2026-05-12T08:15:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-004'), (SELECT id FROM agents WHERE login = 'mdupont'), (SELECT id FROM agents WHERE login = 'mdupont'),
   'Les familles nous posent la même question à l''accueil : même une fourchette indicative les rassurerait.', '2026-09-18T09:25:00Z');
INSERT INTO comments (idea_id, agent_id, written_by, body, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-005'), (SELECT id FROM agents WHERE login = 'ychevalier'), (SELECT id FROM agents WHERE login = 'ychevalier'),
   'Techniquement faisable avec nos outils de gestion du parc. Il faudra seulement éviter d''éteindre les postes pendant les mises à jour de nuit.', '2026-10-29T10:10:00Z');

-- The workflow: every stage change of the journal (same time, actor and host),
-- with the committee's scores and notes, hand-offs, reasons and study
-- conclusions; ideas.impact ... study_conclusion above are what these moves
-- left. Oldest first.
INSERT INTO transitions (idea_id, from_stage, to_stage, at, actor_id, for_id, host, note, reason, direction, impact, faisabilite) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'deposee', 'contact', '2024-01-23T09:10:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   'Rendez-vous fixé avec Claire Moreau et Hugo Blanc au collège Jules Flandrin.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), 'deposee', 'contact', '2024-02-13T09:30:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'contact', 'comite', '2024-02-20T10:05:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   'Solution précisée avec les auteurs : un calendrier par collège, et les questions de tarification et d''accès aux bâtiments posées au comité.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), 'contact', 'comite', '2024-03-05T10:15:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   'Besoin confirmé : une salle libre à midi et une dizaine d''agents prêts à animer un atelier.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'comite', 'etude', '2024-03-12T14:20:00Z', (SELECT id FROM agents WHERE login = 'jlefebvre'), NULL, 'kiosque-comite',
   'Fort impact pour les associations et pour l''image du Département, mais trop de questions ouvertes : une étude préalable doit préciser la tarification, les assurances et la gestion des clés, avec la Direction de l''immobilier et des moyens.', NULL, NULL, 4, 2),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), 'comite', 'experimentation', '2024-03-19T14:40:00Z', (SELECT id FROM agents WHERE login = 'lvasseur'), NULL, 'kiosque-comite',
   'Idée simple, peu coûteuse, qui crée du lien entre les services : expérimentation immédiate à l''Hôtel du département, d''avril à septembre, avec la salle du rez-de-chaussée réservée le mardi et le jeudi midi.', NULL, NULL, 2, 4),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), 'deposee', 'contact', '2024-03-28T08:55:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   'Rencontre prévue avec Marie Dupont et Amina Benali à la Maison du département Grésivaudan.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-004'), 'deposee', 'contact', '2024-04-16T09:20:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), 'contact', 'comite', '2024-04-23T09:40:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), 'comite', 'etude', '2024-05-07T14:15:00Z', (SELECT id FROM agents WHERE login = 'jlefebvre'), NULL, 'kiosque-comite',
   'Idée très utile pour l''insertion et pour nos métiers qui peinent à recruter ; le cadre des immersions (conventions avec France Travail, assurance, tutorat) doit d''abord être étudié avec la Direction des ressources humaines.', NULL, NULL, 4, 2),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'etude', 'comite', '2024-05-14T08:50:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   'Étude menée avec la Direction de l''immobilier et des moyens et trois principaux de collège : prêt gratuit aux associations d''intérêt local, convention type avec attestation d''assurance, ouverture et fermeture par un agent volontaire du collège, rémunéré en heures supplémentaires. Dix collèges sont prêts à essayer dès la rentrée.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-004'), 'contact', 'comite', '2024-05-14T09:00:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'comite', 'construction', '2024-05-28T14:35:00Z', (SELECT id FROM agents WHERE login = 'jlefebvre'), NULL, 'kiosque-comite',
   'L''étude lève les principaux obstacles. Construction de la plateforme de réservation et de la convention type pendant l''été, pour une expérimentation dans dix collèges volontaires à la rentrée.', NULL, NULL, 4, 3),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-004'), 'comite', 'transmise', '2024-05-28T14:50:00Z', (SELECT id FROM agents WHERE login = 'jlefebvre'), NULL, 'kiosque-comite',
   'Le covoiturage entre sites relève du plan de mobilité employeur que prépare la Direction des mobilités : elle reprend l''idée et y associe François Mercier.', NULL, 'Direction des mobilités', NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), 'deposee', 'contact', '2024-05-30T08:40:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), 'deposee', 'contact', '2024-06-20T08:30:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), 'contact', 'comite', '2024-06-25T09:35:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   'Plans des étages obtenus auprès du service logistique ; Julien Martin rejoint le projet comme coauteur.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), 'contact', 'comite', '2024-07-09T09:20:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), 'comite', 'construction', '2024-07-09T14:05:00Z', (SELECT id FROM agents WHERE login = 'jlefebvre'), NULL, 'kiosque-comite',
   'Réponse attendue par les agents de passage, et utile au projet d''aménagement des espaces de travail. Construction par la Direction du numérique, avec la Direction de l''immobilier et des moyens pour les plans et les bureaux réservés.', NULL, NULL, 3, 3),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), 'comite', 'construction', '2024-07-23T14:10:00Z', (SELECT id FROM agents WHERE login = 'jlefebvre'), NULL, 'kiosque-comite',
   'Service attendu par les usagers, mais le tri et le traitement des signalements par les centres d''entretien restent à éprouver. Construction d''une page de signalement avec un partenaire extérieur, puis essai sur deux territoires pendant l''hiver.', NULL, NULL, 3, 2),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'construction', 'experimentation', '2024-09-02T07:45:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   'Plateforme et convention type prêtes : lancement dans les dix collèges volontaires.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), 'construction', 'experimentation', '2024-09-16T07:35:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   'Page de signalement en ligne : essai en Matheysine et dans le Trièves jusqu''à la fin janvier.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), 'deposee', 'contact', '2024-10-02T08:45:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), 'experimentation', 'generalisee', '2024-10-15T14:25:00Z', (SELECT id FROM agents WHERE login = 'lvasseur'), NULL, 'kiosque-comite',
   'Les ateliers deviennent un rendez-vous régulier, ouvert en visio aux agents des sites éloignés.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), 'contact', 'comite', '2024-11-05T09:25:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), 'etude', 'comite', '2024-11-19T09:05:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   'Les immersions se feront sous convention de période de mise en situation en milieu professionnel, signée avec France Travail, pour deux à quatre semaines. La Direction des ressources humaines forme les tuteurs et reconnaît leur temps de tutorat. Les Maisons du département Grésivaudan et Vercors sont volontaires pour commencer.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-007'), 'comite', 'non-retenue', '2024-11-19T14:55:00Z', (SELECT id FROM agents WHERE login = 'lvasseur'), NULL, 'kiosque-comite',
   NULL, 'Aucune salle ne peut être libérée à l''Hôtel du département avant la fin des travaux. L''idée sera réexaminée avec le projet d''aménagement des espaces de travail.', NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), 'comite', 'construction', '2024-12-03T14:30:00Z', (SELECT id FROM agents WHERE login = 'lvasseur'), NULL, 'kiosque-comite',
   'L''étude apporte un cadre solide. Construction du parcours (conventions, guide du tuteur, attestation de compétences) pour une expérimentation au printemps dans les Maisons du département Grésivaudan et Vercors.', NULL, NULL, 4, 3),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), 'deposee', 'contact', '2025-01-21T08:50:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), 'contact', 'comite', '2025-02-18T09:30:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), 'deposee', 'contact', '2025-02-19T08:35:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), 'experimentation', 'arretee', '2025-02-25T14:45:00Z', (SELECT id FROM agents WHERE login = 'jlefebvre'), NULL, 'kiosque-comite',
   NULL, 'Trop de signalements en double et un tri trop lourd pour les centres d''entretien, sans gain sur le délai de réparation. Les enseignements serviront au futur portail des usagers.', NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), 'construction', 'experimentation', '2025-03-03T08:15:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   'Outil prêt et plans des 3e et 4e étages saisis : expérimentation de trois mois.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), 'comite', 'etude', '2025-03-04T14:20:00Z', (SELECT id FROM agents WHERE login = 'jlefebvre'), NULL, 'kiosque-comite',
   'L''idée plaît, mais avant de s''engager le comité veut savoir comment compter le temps, le faire reconnaître comme temps de travail et éviter les déséquilibres : étude préalable avec la Direction des ressources humaines.', NULL, NULL, 3, 2),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), 'contact', 'comite', '2025-03-18T09:10:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), 'construction', 'experimentation', '2025-04-01T07:50:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   'Premières conventions signées avec France Travail et tuteurs formés : les immersions commencent.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), 'comite', 'construction', '2025-04-01T14:30:00Z', (SELECT id FROM agents WHERE login = 'jlefebvre'), NULL, 'kiosque-comite',
   'Des économies faciles et un bon exemple de sobriété. Construction de l''inventaire et du calendrier de réservation avec le service logistique, en commençant par le matériel événementiel et audiovisuel de l''Hôtel du département.', NULL, NULL, 2, 4),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), 'deposee', 'contact', '2025-04-03T08:25:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), 'contact', 'comite', '2025-05-13T09:15:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   'Solution complétée par l''autrice : circuit de validation jusqu''au service de la paie, suivi de la demande par l''agent.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-004'), 'deposee', 'contact', '2025-05-14T09:00:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), 'comite', 'construction', '2025-05-27T14:40:00Z', (SELECT id FROM agents WHERE login = 'lvasseur'), NULL, 'kiosque-comite',
   'Gain de temps évident pour les agents comme pour la paie. Construction avec la Direction du numérique et le service de la paie ; le formulaire devra fonctionner aussi sur téléphone.', NULL, NULL, 3, 3),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-004'), 'contact', 'retiree', '2025-06-02T12:30:00Z', (SELECT id FROM agents WHERE login = 'kmeunier'), NULL, 'intranet-1',
   NULL, 'Le service des publics des Archives lance des classes virtuelles à la rentrée : je préfère y contribuer directement plutôt que de mener un projet parallèle.', NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), 'etude', 'comite', '2025-06-10T08:40:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   'Une heure donnée vaut une heure reçue, quel que soit le coup de pouce. Les échanges ont lieu sur le temps de travail, avec l''accord du responsable, dans la limite de quatre heures par mois. Un solde plancher de −10 heures évite les déséquilibres, et chaque échange est confirmé par les deux agents. Le Réseau des Accorderies de France peut accompagner le lancement.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'experimentation', 'generalisee', '2025-06-24T14:10:00Z', (SELECT id FROM agents WHERE login = 'lvasseur'), NULL, 'kiosque-comite',
   'Généralisation à tous les collèges volontaires à la rentrée 2025, sous le nom « La salle sur demande ».', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), 'comite', 'construction', '2025-06-24T14:25:00Z', (SELECT id FROM agents WHERE login = 'jlefebvre'), NULL, 'kiosque-comite',
   'Feu vert pour construire l''outil et les règles de fonctionnement retenues par l''étude : solde plancher de −10 heures, confirmation de chaque échange par les deux agents, accord du responsable.', NULL, NULL, 3, 3),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-005'), 'deposee', 'contact', '2025-06-26T08:45:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), 'construction', 'experimentation', '2025-09-08T07:55:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   'Inventaire en ligne et point de retrait ouvert au service logistique.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-005'), 'contact', 'comite', '2025-09-16T09:20:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-005'), 'comite', 'etude', '2025-09-30T14:15:00Z', (SELECT id FROM agents WHERE login = 'lvasseur'), NULL, 'kiosque-comite',
   'Le comité soutient l''idée mais demande une étude préalable avec la Direction des ressources humaines : articulation avec le parcours d''accueil existant, temps accordé aux parrains et marraines, reconnaissance de leur engagement.', NULL, NULL, 3, 3),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-006'), 'deposee', 'contact', '2025-10-08T08:30:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-006'), 'contact', 'comite', '2025-11-04T09:45:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-006'), 'comite', 'etude', '2025-11-18T14:20:00Z', (SELECT id FROM agents WHERE login = 'lvasseur'), NULL, 'kiosque-comite',
   'Gains possibles importants en sel, en carburant et en heures de conduite. Avant tout essai, une étude doit vérifier la qualité des données des traceurs et encadrer leur usage avec le délégué à la protection des données et les équipes.', NULL, NULL, 4, 2),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-007'), 'deposee', 'contact', '2025-12-10T08:55:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-001'), 'deposee', 'contact', '2026-01-28T08:40:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-002'), 'deposee', 'contact', '2026-03-19T08:50:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-003'), 'deposee', 'contact', '2026-05-13T09:05:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'kiosque-accueil',
   NULL, NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-007'), 'contact', 'comite', '2026-10-06T09:15:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   'Problème et solution réécrits par l''autrice ; les Archives conseilleront sur la version numérique des dossiers de séance qui fera foi.', NULL, NULL, NULL, NULL),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2026-001'), 'contact', 'comite', '2026-11-03T09:10:00Z', (SELECT id FROM agents WHERE login = 'construisons'), NULL, 'intranet-2',
   'Problème précisé avec Amina Benali ; des référents RSA de deux territoires sont prêts à rédiger les réponses.', NULL, NULL, NULL, NULL);

-- Accompaniment and experiment plans (updated_at: the last idea.plan of the journal)
INSERT INTO accompaniments (idea_id, level, accompanier, hours_per_week, start_date, updated_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), 'aucun', '', 1, '2024-03-25', '2024-03-25T08:30:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'interne', 'Direction de l''immobilier et des moyens', 4, '2024-06-03', '2024-08-26T09:10:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), 'externe', 'Start-up de la civic tech suivie par un incubateur grenoblois', 2, '2024-08-05', '2024-09-09T08:20:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), 'interne', 'Direction du numérique, service études et développements', 4, '2025-06-16', '2025-06-16T10:20:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), 'interne', 'Direction du numérique, service études et développements', 6, '2024-07-22', '2025-06-23T09:05:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), 'interne', 'Mission innovation Construisons', 2, '2025-04-14', '2025-09-01T08:30:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), 'externe', 'Réseau des Accorderies de France', 3, '2025-09-01', '2025-09-15T09:40:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), 'interne', 'Direction des ressources humaines, service formation et compétences', 4, '2024-12-16', '2026-01-12T10:15:00Z');
INSERT INTO experiments (idea_id, sites, start_date, end_date, updated_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), 'Hôtel du département, salle du rez-de-chaussée',
   '2024-04-02', '2024-09-27', '2024-03-25T08:30:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'Dix collèges volontaires du bassin grenoblois et du Voironnais, dont le collège Jules Flandrin',
   '2024-09-02', '2025-06-13', '2024-08-26T09:10:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), 'Territoires de la Matheysine et du Trièves',
   '2024-09-16', '2025-01-31', '2024-09-09T08:20:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), 'Direction des mobilités et Direction des finances',
   '2027-01-11', '2027-06-30', '2025-06-16T10:20:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), '3e, 4e et 5e étages de l''Hôtel du département',
   '2025-03-03', '2026-10-30', '2025-06-23T09:05:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), 'Hôtel du département, puis Maisons du département Grésivaudan et Voironnais-Chartreuse',
   '2025-09-08', '2026-12-18', '2025-09-01T08:30:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), 'Direction des ressources humaines et Direction du numérique, à l''Hôtel du département',
   '2027-01-04', '2027-06-30', '2025-09-15T09:40:00Z'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), 'Maisons du département Grésivaudan et Vercors, puis centres d''entretien routier et collèges volontaires',
   '2025-04-01', '2026-09-30', '2026-01-12T10:15:00Z');
INSERT INTO indicators (idea_id, name, baseline, target) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), 'Ateliers organisés', '0', '20'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), 'Participants différents', '0', '100'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'Réservations de salles', '0', '200'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'Associations utilisatrices', '0', '40'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), 'Incidents (dégradations, oublis de fermeture)', '0', 'moins de 5'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), 'Signalements reçus par mois', '35', '60'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), 'Part des signalements exploitables', '55 %', '80 %'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), 'Délai moyen de réparation', '12 jours', '7 jours'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), 'Délai moyen de remboursement', '75 jours', '30 jours'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-003'), 'États de frais renvoyés pour erreur', '18 %', '5 %'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), 'Taux d''occupation des postes', '48 %', '75 %'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), 'Réservations par semaine', '0', '150'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), 'Réservations libérées faute d''arrivée', 'sans objet', 'moins de 10 %'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), 'Objets prêtables à l''inventaire', '0', '120'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), 'Prêts par mois', '0', '30'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), 'Achats évités', '0 €', '15 000 €'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), 'Agents inscrits', '0', '150'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), 'Échanges confirmés', '0', '200'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-001'), 'Heures échangées', '0', '300'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), 'Immersions réalisées', '0', '50'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), 'Candidatures à un poste du Département', '0', '10'),
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), 'Sorties vers l''emploi ou la formation', '0', '15');

-- Evaluations, oldest first, with their indicator values
INSERT INTO evaluations (idea_id, date, author_id, observations, recommendation, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-002'), '2024-10-07', (SELECT id FROM agents WHERE login = 'construisons'),
   'Vingt-trois ateliers en six mois (photo au smartphone, pain au levain, croquis au Musée dauphinois, langue des signes…) et 164 participants venus de toutes les directions. Les agents des sites éloignés demandent à suivre les ateliers en visio.',
   'generaliser', '2024-10-07T12:40:00Z');
INSERT INTO evaluation_values (evaluation_id, indicator_id, value) VALUES
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-002') AND date = '2024-10-07'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-002') AND name = 'Ateliers organisés'), '23'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-002') AND date = '2024-10-07'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-002') AND name = 'Participants différents'), '164');
INSERT INTO evaluations (idea_id, date, author_id, observations, recommendation, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), '2025-01-20', (SELECT id FROM agents WHERE login = 'construisons'),
   'Bilan à mi-parcours : la plateforme est bien adoptée par les associations, les soirs de semaine surtout. Un seul incident, une salle rendue sans avoir été rangée.',
   'poursuivre', '2025-01-20T14:05:00Z');
INSERT INTO evaluation_values (evaluation_id, indicator_id, value) VALUES
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-001') AND date = '2025-01-20'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-001') AND name = 'Réservations de salles'), '128'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-001') AND date = '2025-01-20'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-001') AND name = 'Associations utilisatrices'), '23'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-001') AND date = '2025-01-20'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-001') AND name = 'Incidents (dégradations, oublis de fermeture)'), '1');
INSERT INTO evaluations (idea_id, date, author_id, observations, recommendation, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-006'), '2025-02-10', (SELECT id FROM agents WHERE login = 'construisons'),
   'Les signalements ont afflué, mais beaucoup en double (le même nid-de-poule signalé jusqu''à dix fois) ou sans position exploitable. Le tri a pris une demi-journée par semaine à chaque centre, sans raccourcir le délai de réparation.',
   'arreter', '2025-02-10T13:30:00Z');
INSERT INTO evaluation_values (evaluation_id, indicator_id, value) VALUES
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-006') AND date = '2025-02-10'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-006') AND name = 'Signalements reçus par mois'), '142'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-006') AND date = '2025-02-10'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-006') AND name = 'Part des signalements exploitables'), '38 %'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-006') AND date = '2025-02-10'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-006') AND name = 'Délai moyen de réparation'), '11 jours');
INSERT INTO evaluations (idea_id, date, author_id, observations, recommendation, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), '2025-06-02', (SELECT id FROM agents WHERE login = 'construisons'),
   'Bilan à mi-parcours dans les deux Maisons du département : 14 immersions, dont 4 ont débouché sur une candidature à un poste du Département. Les tuteurs demandent que leur temps de préparation soit mieux reconnu.',
   'poursuivre', '2025-06-02T09:30:00Z');
INSERT INTO evaluation_values (evaluation_id, indicator_id, value) VALUES
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND date = '2025-06-02'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND name = 'Immersions réalisées'), '14'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND date = '2025-06-02'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND name = 'Candidatures à un poste du Département'), '4'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND date = '2025-06-02'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND name = 'Sorties vers l''emploi ou la formation'), '2');
INSERT INTO evaluations (idea_id, date, author_id, observations, recommendation, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), '2025-06-10', (SELECT id FROM agents WHERE login = 'construisons'),
   'Trois premiers mois encourageants : les agents de passage trouvent un bureau en quelques minutes. Il faut ajouter les imprimantes au plan. Recommandation : étendre au 5e étage et prolonger jusqu''à fin octobre 2026 pour mesurer l''effet sur une année complète.',
   'poursuivre', '2025-06-10T08:50:00Z');
INSERT INTO evaluation_values (evaluation_id, indicator_id, value) VALUES
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-005') AND date = '2025-06-10'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-005') AND name = 'Taux d''occupation des postes'), '68 %'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-005') AND date = '2025-06-10'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-005') AND name = 'Réservations par semaine'), '134'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-005') AND date = '2025-06-10'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-005') AND name = 'Réservations libérées faute d''arrivée'), '12 %');
INSERT INTO evaluations (idea_id, date, author_id, observations, recommendation, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-001'), '2025-06-16', (SELECT id FROM agents WHERE login = 'jlefebvre'),
   'Plus de 300 réservations en une année scolaire et 51 associations accueillies, pour deux incidents mineurs. Les principaux souhaitent continuer et d''autres collèges se portent volontaires.',
   'generaliser', '2025-06-16T15:20:00Z');
INSERT INTO evaluation_values (evaluation_id, indicator_id, value) VALUES
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-001') AND date = '2025-06-16'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-001') AND name = 'Réservations de salles'), '312'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-001') AND date = '2025-06-16'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-001') AND name = 'Associations utilisatrices'), '51'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-001') AND date = '2025-06-16'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-001') AND name = 'Incidents (dégradations, oublis de fermeture)'), '2');
INSERT INTO evaluations (idea_id, date, author_id, observations, recommendation, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), '2025-12-15', (SELECT id FROM agents WHERE login = 'construisons'),
   'Objectifs d''étape atteints. Les centres d''entretien routier et deux collèges demandent à accueillir des immersions : prolonger jusqu''à fin septembre 2026 en les associant.',
   'poursuivre', '2025-12-15T10:00:00Z');
INSERT INTO evaluation_values (evaluation_id, indicator_id, value) VALUES
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND date = '2025-12-15'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND name = 'Immersions réalisées'), '31'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND date = '2025-12-15'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND name = 'Candidatures à un poste du Département'), '9'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND date = '2025-12-15'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND name = 'Sorties vers l''emploi ou la formation'), '8');
INSERT INTO evaluations (idea_id, date, author_id, observations, recommendation, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-005'), '2026-02-16', (SELECT id FROM agents WHERE login = 'construisons'),
   'Le 5e étage a rejoint l''expérimentation en septembre ; les imprimantes figurent désormais sur le plan. Moins de réservations oubliées depuis l''envoi d''un rappel la veille.',
   'poursuivre', '2026-02-16T09:25:00Z');
INSERT INTO evaluation_values (evaluation_id, indicator_id, value) VALUES
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-005') AND date = '2026-02-16'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-005') AND name = 'Taux d''occupation des postes'), '73 %'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-005') AND date = '2026-02-16'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-005') AND name = 'Réservations par semaine'), '161'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-005') AND date = '2026-02-16'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-005') AND name = 'Réservations libérées faute d''arrivée'), '8 %');
INSERT INTO evaluations (idea_id, date, author_id, observations, recommendation, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2025-002'), '2026-03-16', (SELECT id FROM agents WHERE login = 'construisons'),
   'À mi-parcours, l''inventaire s''enrichit chaque mois et les prêts se font sans perte ni casse. Ouverture aux Maisons du département Grésivaudan et Voironnais-Chartreuse en avril, comme prévu.',
   'poursuivre', '2026-03-16T14:10:00Z');
INSERT INTO evaluation_values (evaluation_id, indicator_id, value) VALUES
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2025-002') AND date = '2026-03-16'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2025-002') AND name = 'Objets prêtables à l''inventaire'), '86'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2025-002') AND date = '2026-03-16'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2025-002') AND name = 'Prêts par mois'), '19'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2025-002') AND date = '2026-03-16'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2025-002') AND name = 'Achats évités'), '6 400 €');
INSERT INTO evaluations (idea_id, date, author_id, observations, recommendation, created_at) VALUES
  ((SELECT id FROM ideas WHERE ref = 'CONS-2024-003'), '2026-10-20', (SELECT id FROM agents WHERE login = 'jlefebvre'),
   'Objectifs dépassés : 58 immersions, 17 candidatures et 21 personnes en emploi ou en formation six mois après. Recommandation : généraliser à toutes les Maisons du département en 2027, avec un référent des immersions par territoire.',
   'generaliser', '2026-10-20T13:45:00Z');
INSERT INTO evaluation_values (evaluation_id, indicator_id, value) VALUES
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND date = '2026-10-20'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND name = 'Immersions réalisées'), '58'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND date = '2026-10-20'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND name = 'Candidatures à un poste du Département'), '17'),
  ((SELECT id FROM evaluations WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND date = '2026-10-20'),
   (SELECT id FROM indicators WHERE idea_id = (SELECT id FROM ideas WHERE ref = 'CONS-2024-003') AND name = 'Sorties vers l''emploi ou la formation'), '21');

-- The journal, oldest first
INSERT INTO audit (at, host, actor, for_login, action, entity, ref, detail) VALUES
  ('2024-01-15T08:42:00Z', 'intranet-1', 'cmoreau', '', 'idea.add', 'idea', 'CONS-2024-001', 'Airbnb des collèges : prêter les salles des collèges aux associations'),
  ('2024-01-16T07:07:20Z', 'intranet-1', 'bgauthier', '', 'idea.support', 'idea', 'CONS-2024-001', ''),
  ('2024-01-17T12:40:00Z', 'intranet-2', 'nroux', '', 'idea.comment', 'idea', 'CONS-2024-001', 'Va-t-on facturer ? Combien ? Qui peut avoir accès aux…'),
  ('2024-01-17T13:10:22Z', 'intranet-2', 'vperrin', '', 'idea.support', 'idea', 'CONS-2024-001', ''),
  ('2024-01-18T16:38:10Z', 'intranet-1', 'kmeunier', '', 'idea.support', 'idea', 'CONS-2024-001', ''),
  ('2024-01-22T15:05:00Z', 'kiosque-accueil', 'construisons', 'hblanc', 'idea.comment', 'idea', 'CONS-2024-001', 'Au collège Jules Flandrin, la salle polyvalente est libre…'),
  ('2024-01-23T09:10:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-001', 'Déposée → Prise de contact'),
  ('2024-01-30T13:15:00Z', 'kiosque-accueil', 'construisons', 'cmoreau', 'idea.edit', 'idea', 'CONS-2024-001', 'solution proposée'),
  ('2024-01-31T12:39:22Z', 'intranet-1', 'nroux', '', 'idea.support', 'idea', 'CONS-2024-001', ''),
  ('2024-02-06T11:20:00Z', 'intranet-1', 'vperrin', '', 'idea.add', 'idea', 'CONS-2024-002', 'Partage ma passion : des agents font découvrir leur loisir à leurs collègues'),
  ('2024-02-06T14:47:45Z', 'intranet-2', 'lbernard', '', 'idea.support', 'idea', 'CONS-2024-001', ''),
  ('2024-02-06T15:04:46Z', 'intranet-2', 'mdupont', '', 'idea.support', 'idea', 'CONS-2024-002', ''),
  ('2024-02-08T12:10:00Z', 'intranet-2', 'jmartin', '', 'idea.comment', 'idea', 'CONS-2024-002', 'Je suis partant pour animer un atelier d''initiation à la…'),
  ('2024-02-12T13:25:00Z', 'intranet-2', 'aroussel', '', 'idea.comment', 'idea', 'CONS-2024-002', 'Super idée pour rencontrer des collègues d''autres…'),
  ('2024-02-13T06:24:10Z', 'intranet-2', 'nroux', '', 'idea.support', 'idea', 'CONS-2024-002', ''),
  ('2024-02-13T09:30:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-002', 'Déposée → Prise de contact'),
  ('2024-02-15T12:49:57Z', 'intranet-1', 'cmoreau', '', 'idea.support', 'idea', 'CONS-2024-002', ''),
  ('2024-02-16T07:07:59Z', 'intranet-2', 'fmercier', '', 'idea.support', 'idea', 'CONS-2024-002', ''),
  ('2024-02-20T09:22:19Z', 'intranet-2', 'kmeunier', '', 'idea.support', 'idea', 'CONS-2024-002', ''),
  ('2024-02-20T10:05:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-001', 'Prise de contact → En comité'),
  ('2024-02-21T12:40:12Z', 'intranet-1', 'abenali', '', 'idea.support', 'idea', 'CONS-2024-001', ''),
  ('2024-02-27T15:00:06Z', 'intranet-2', 'plambert', '', 'idea.support', 'idea', 'CONS-2024-002', ''),
  ('2024-03-05T10:15:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-002', 'Prise de contact → En comité'),
  ('2024-03-11T09:11:32Z', 'intranet-1', 'tgirard', '', 'idea.support', 'idea', 'CONS-2024-001', ''),
  ('2024-03-11T09:39:17Z', 'intranet-2', 'jmartin', '', 'idea.support', 'idea', 'CONS-2024-001', ''),
  ('2024-03-12T14:20:00Z', 'kiosque-comite', 'jlefebvre', '', 'idea.move', 'idea', 'CONS-2024-001', 'En comité → Étude préalable'),
  ('2024-03-14T08:30:00Z', 'intranet-2', 'construisons', '', 'idea.comment', 'idea', 'CONS-2024-001', 'Le comité a demandé une étude préalable sur la…'),
  ('2024-03-15T06:30:37Z', 'intranet-2', 'efontaine', '', 'idea.support', 'idea', 'CONS-2024-002', ''),
  ('2024-03-19T13:05:00Z', 'intranet-2', 'mdupont', '', 'idea.add', 'idea', 'CONS-2024-003', 'Espace compétences : une immersion dans un service du Département pour les allocataires du RSA'),
  ('2024-03-19T14:40:00Z', 'kiosque-comite', 'lvasseur', '', 'idea.move', 'idea', 'CONS-2024-002', 'En comité → En expérimentation'),
  ('2024-03-21T08:19:28Z', 'intranet-2', 'lbernard', '', 'idea.support', 'idea', 'CONS-2024-003', ''),
  ('2024-03-21T13:52:01Z', 'intranet-2', 'tgirard', '', 'idea.support', 'idea', 'CONS-2024-002', ''),
  ('2024-03-22T08:49:17Z', 'intranet-2', 'cmoreau', '', 'idea.support', 'idea', 'CONS-2024-003', ''),
  ('2024-03-22T09:55:00Z', 'intranet-2', 'tgirard', '', 'idea.comment', 'idea', 'CONS-2024-003', 'Les centres d''entretien routier seraient prêts à accueillir…'),
  ('2024-03-25T08:30:00Z', 'intranet-2', 'construisons', '', 'idea.plan', 'idea', 'CONS-2024-002', 'Hôtel du département, salle du rez-de-chaussée'),
  ('2024-03-26T10:17:15Z', 'intranet-2', 'irey', '', 'idea.support', 'idea', 'CONS-2024-001', ''),
  ('2024-03-28T08:55:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-003', 'Déposée → Prise de contact'),
  ('2024-04-02T14:30:00Z', 'intranet-1', 'lbernard', '', 'idea.comment', 'idea', 'CONS-2024-003', 'Attention au cadre : chaque immersion demande une…'),
  ('2024-04-09T06:58:00Z', 'intranet-2', 'fmercier', '', 'idea.add', 'idea', 'CONS-2024-004', 'Covoiturage entre les sites du Département pour les réunions et les formations'),
  ('2024-04-10T08:40:59Z', 'intranet-2', 'kmeunier', '', 'idea.support', 'idea', 'CONS-2024-004', ''),
  ('2024-04-11T07:40:00Z', 'intranet-2', 'bgauthier', '', 'idea.comment', 'idea', 'CONS-2024-004', 'Oui ! Et pourquoi ne pas afficher le CO2 économisé par…'),
  ('2024-04-12T12:59:42Z', 'kiosque-accueil', 'construisons', 'hblanc', 'idea.support', 'idea', 'CONS-2024-003', ''),
  ('2024-04-16T07:14:47Z', 'intranet-2', 'tgirard', '', 'idea.support', 'idea', 'CONS-2024-003', ''),
  ('2024-04-16T09:20:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-004', 'Déposée → Prise de contact'),
  ('2024-04-16T11:29:31Z', 'intranet-1', 'aroussel', '', 'idea.support', 'idea', 'CONS-2024-004', ''),
  ('2024-04-17T12:19:28Z', 'intranet-1', 'jmartin', '', 'idea.support', 'idea', 'CONS-2024-004', ''),
  ('2024-04-19T07:58:03Z', 'intranet-1', 'kmeunier', '', 'idea.support', 'idea', 'CONS-2024-003', ''),
  ('2024-04-23T09:40:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-003', 'Prise de contact → En comité'),
  ('2024-04-30T13:45:00Z', 'intranet-2', 'tgirard', '', 'idea.comment', 'idea', 'CONS-2024-002', 'Premier atelier « pain au levain » ce midi : quinze…'),
  ('2024-05-07T14:15:00Z', 'kiosque-comite', 'jlefebvre', '', 'idea.move', 'idea', 'CONS-2024-003', 'En comité → Étude préalable'),
  ('2024-05-13T06:23:53Z', 'intranet-2', 'mdupont', '', 'idea.support', 'idea', 'CONS-2024-004', ''),
  ('2024-05-13T10:39:29Z', 'intranet-1', 'jmartin', '', 'idea.support', 'idea', 'CONS-2024-003', ''),
  ('2024-05-13T11:10:46Z', 'intranet-1', 'ssimon', '', 'idea.support', 'idea', 'CONS-2024-004', ''),
  ('2024-05-14T08:50:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-001', 'Étude préalable → En comité'),
  ('2024-05-14T09:00:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-004', 'Prise de contact → En comité'),
  ('2024-05-21T12:35:00Z', 'intranet-1', 'ychevalier', '', 'idea.add', 'idea', 'CONS-2024-005', 'BuroDispo : trouver un bureau libre à l''Hôtel du département'),
  ('2024-05-23T15:20:00Z', 'intranet-2', 'mdupont', '', 'idea.comment', 'idea', 'CONS-2024-005', 'Quand je viens à l''Hôtel du département pour une réunion…'),
  ('2024-05-24T11:04:51Z', 'intranet-2', 'hblanc', '', 'idea.support', 'idea', 'CONS-2024-005', ''),
  ('2024-05-27T08:10:00Z', 'intranet-2', 'nroux', '', 'idea.comment', 'idea', 'CONS-2024-005', 'Il faudra prévoir les bureaux réservés à certaines…'),
  ('2024-05-28T14:35:00Z', 'kiosque-comite', 'jlefebvre', '', 'idea.move', 'idea', 'CONS-2024-001', 'En comité → En construction'),
  ('2024-05-28T14:50:00Z', 'kiosque-comite', 'jlefebvre', '', 'idea.move', 'idea', 'CONS-2024-004', 'En comité → Transmise à une direction'),
  ('2024-05-30T08:40:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-005', 'Déposée → Prise de contact'),
  ('2024-05-30T09:00:00Z', 'kiosque-accueil', 'construisons', '', 'idea.comment', 'idea', 'CONS-2024-004', 'Le comité a transmis l''idée à la Direction des mobilités…'),
  ('2024-05-31T09:18:23Z', 'intranet-1', 'ngarcia', '', 'idea.support', 'idea', 'CONS-2024-005', ''),
  ('2024-06-03T10:20:00Z', 'intranet-1', 'ychevalier', '', 'idea.edit', 'idea', 'CONS-2024-005', 'co-auteurs'),
  ('2024-06-04T06:50:00Z', 'intranet-1', 'fmercier', '', 'idea.comment', 'idea', 'CONS-2024-005', 'Pourra-t-on réserver depuis son téléphone, avant de partir…'),
  ('2024-06-06T16:47:25Z', 'intranet-2', 'fmercier', '', 'idea.support', 'idea', 'CONS-2024-005', ''),
  ('2024-06-11T10:05:00Z', 'kiosque-accueil', 'construisons', 'efontaine', 'idea.comment', 'idea', 'CONS-2024-002', 'Je propose un atelier de croquis dans les salles du Musée…'),
  ('2024-06-12T05:50:00Z', 'intranet-1', 'plambert', '', 'idea.add', 'idea', 'CONS-2024-006', 'Signaler un nid-de-poule sur une route départementale depuis son téléphone'),
  ('2024-06-13T06:16:59Z', 'intranet-2', 'cmoreau', '', 'idea.support', 'idea', 'CONS-2024-006', ''),
  ('2024-06-14T06:25:00Z', 'intranet-2', 'tgirard', '', 'idea.comment', 'idea', 'CONS-2024-006', 'Nous recevons déjà beaucoup d''appels : si les signalements…'),
  ('2024-06-19T07:58:17Z', 'intranet-1', 'abenali', '', 'idea.support', 'idea', 'CONS-2024-006', ''),
  ('2024-06-19T10:08:59Z', 'intranet-1', 'plambert', '', 'idea.support', 'idea', 'CONS-2024-005', ''),
  ('2024-06-20T08:30:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-006', 'Déposée → Prise de contact'),
  ('2024-06-25T09:35:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-005', 'Prise de contact → En comité'),
  ('2024-06-25T16:14:33Z', 'intranet-1', 'abenali', '', 'idea.support', 'idea', 'CONS-2024-005', ''),
  ('2024-07-09T09:20:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-006', 'Prise de contact → En comité'),
  ('2024-07-09T14:05:00Z', 'kiosque-comite', 'jlefebvre', '', 'idea.move', 'idea', 'CONS-2024-005', 'En comité → En construction'),
  ('2024-07-16T06:44:03Z', 'intranet-2', 'aroussel', '', 'idea.support', 'idea', 'CONS-2024-005', ''),
  ('2024-07-16T06:45:33Z', 'intranet-2', 'mdupont', '', 'idea.support', 'idea', 'CONS-2024-005', ''),
  ('2024-07-23T14:10:00Z', 'kiosque-comite', 'jlefebvre', '', 'idea.move', 'idea', 'CONS-2024-006', 'En comité → En construction'),
  ('2024-08-01T12:19:35Z', 'intranet-1', 'nroux', '', 'idea.support', 'idea', 'CONS-2024-005', ''),
  ('2024-08-23T08:42:28Z', 'intranet-2', 'aroussel', '', 'idea.support', 'idea', 'CONS-2024-006', ''),
  ('2024-08-26T09:10:00Z', 'intranet-2', 'construisons', '', 'idea.plan', 'idea', 'CONS-2024-001', 'Dix collèges volontaires du bassin grenoblois et du Voironnais, dont le collège Jules Flandrin'),
  ('2024-09-02T07:45:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-001', 'En construction → En expérimentation'),
  ('2024-09-09T08:20:00Z', 'kiosque-accueil', 'construisons', '', 'idea.plan', 'idea', 'CONS-2024-006', 'Territoires de la Matheysine et du Trièves'),
  ('2024-09-16T07:35:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-006', 'En construction → En expérimentation'),
  ('2024-09-24T12:10:00Z', 'intranet-1', 'ssimon', '', 'idea.add', 'idea', 'CONS-2024-007', 'Aménager un espace de repos à l''Hôtel du département'),
  ('2024-09-26T12:15:00Z', 'intranet-2', 'jmartin', '', 'idea.comment', 'idea', 'CONS-2024-007', 'Une courte sieste améliore la concentration l''après-midi…'),
  ('2024-10-01T09:45:00Z', 'intranet-2', 'vperrin', '', 'idea.comment', 'idea', 'CONS-2024-007', 'Côté santé et qualité de vie au travail, nous sommes…'),
  ('2024-10-02T08:45:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-007', 'Déposée → Prise de contact'),
  ('2024-10-02T13:20:48Z', 'intranet-2', 'abenali', '', 'idea.support', 'idea', 'CONS-2024-007', ''),
  ('2024-10-04T10:34:23Z', 'intranet-1', 'nroux', '', 'idea.support', 'idea', 'CONS-2024-007', ''),
  ('2024-10-07T12:40:00Z', 'intranet-2', 'construisons', '', 'idea.evaluate', 'idea', 'CONS-2024-002', 'generaliser'),
  ('2024-10-08T11:50:00Z', 'intranet-1', 'kmeunier', '', 'idea.comment', 'idea', 'CONS-2024-001', 'Les salles pourraient-elles aussi accueillir les…'),
  ('2024-10-15T09:01:13Z', 'intranet-2', 'lbernard', '', 'idea.support', 'idea', 'CONS-2024-007', ''),
  ('2024-10-15T14:25:00Z', 'kiosque-comite', 'lvasseur', '', 'idea.move', 'idea', 'CONS-2024-002', 'En expérimentation → Généralisée'),
  ('2024-10-29T13:57:44Z', 'intranet-2', 'hblanc', '', 'idea.support', 'idea', 'CONS-2024-007', ''),
  ('2024-10-31T09:02:44Z', 'intranet-1', 'jmartin', '', 'idea.support', 'idea', 'CONS-2024-007', ''),
  ('2024-10-31T15:17:58Z', 'intranet-2', 'plambert', '', 'idea.support', 'idea', 'CONS-2024-007', ''),
  ('2024-11-05T09:25:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-007', 'Prise de contact → En comité'),
  ('2024-11-19T09:05:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-003', 'Étude préalable → En comité'),
  ('2024-11-19T14:55:00Z', 'kiosque-comite', 'lvasseur', '', 'idea.move', 'idea', 'CONS-2024-007', 'En comité → Non retenue'),
  ('2024-11-21T08:35:00Z', 'kiosque-accueil', 'construisons', '', 'idea.comment', 'idea', 'CONS-2024-007', 'Le comité n''a pas retenu l''idée pour le moment : aucune…'),
  ('2024-12-03T14:30:00Z', 'kiosque-comite', 'lvasseur', '', 'idea.move', 'idea', 'CONS-2024-003', 'En comité → En construction'),
  ('2025-01-14T09:15:00Z', 'intranet-1', 'lbernard', '', 'idea.add', 'idea', 'CONS-2025-001', 'L''Accorderie des savoir-faire : échanger des coups de pouce professionnels entre agents'),
  ('2025-01-16T13:10:00Z', 'intranet-1', 'ychevalier', '', 'idea.comment', 'idea', 'CONS-2025-001', 'Je peux offrir des coups de pouce sur le tableur et ses…'),
  ('2025-01-17T10:46:10Z', 'intranet-1', 'nroux', '', 'idea.support', 'idea', 'CONS-2025-001', ''),
  ('2025-01-20T10:25:00Z', 'intranet-2', 'ssimon', '', 'idea.comment', 'idea', 'CONS-2025-001', 'Comment compte-t-on le temps ? Une heure d''aide sur un…'),
  ('2025-01-20T14:05:00Z', 'intranet-2', 'construisons', '', 'idea.evaluate', 'idea', 'CONS-2024-001', 'poursuivre'),
  ('2025-01-21T08:50:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-001', 'Déposée → Prise de contact'),
  ('2025-01-22T07:55:00Z', 'intranet-2', 'lbernard', '', 'idea.comment', 'idea', 'CONS-2025-001', 'Oui, c''est le principe des accorderies : une heure vaut une…'),
  ('2025-01-24T12:19:02Z', 'intranet-2', 'abenali', '', 'idea.support', 'idea', 'CONS-2025-001', ''),
  ('2025-01-24T16:45:06Z', 'intranet-2', 'vperrin', '', 'idea.support', 'idea', 'CONS-2025-001', ''),
  ('2025-02-10T13:30:00Z', 'kiosque-accueil', 'construisons', '', 'idea.evaluate', 'idea', 'CONS-2024-006', 'arreter'),
  ('2025-02-11T10:25:00Z', 'intranet-2', 'nroux', '', 'idea.add', 'idea', 'CONS-2025-002', 'La Prêterie : prêter entre services le matériel peu utilisé'),
  ('2025-02-12T14:38:49Z', 'intranet-2', 'cmoreau', '', 'idea.support', 'idea', 'CONS-2025-002', ''),
  ('2025-02-13T14:45:00Z', 'intranet-1', 'efontaine', '', 'idea.comment', 'idea', 'CONS-2025-002', 'Le musée a deux vitrines d''exposition mobiles qui ne…'),
  ('2025-02-17T15:43:50Z', 'intranet-2', 'bgauthier', '', 'idea.support', 'idea', 'CONS-2025-001', ''),
  ('2025-02-18T09:30:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-001', 'Prise de contact → En comité'),
  ('2025-02-19T08:35:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-002', 'Déposée → Prise de contact'),
  ('2025-02-19T08:49:57Z', 'intranet-2', 'hblanc', '', 'idea.support', 'idea', 'CONS-2025-002', ''),
  ('2025-02-24T08:45:00Z', 'kiosque-accueil', 'construisons', '', 'idea.plan', 'idea', 'CONS-2024-005', '3e et 4e étages de l''Hôtel du département'),
  ('2025-02-25T14:45:00Z', 'kiosque-comite', 'jlefebvre', '', 'idea.move', 'idea', 'CONS-2024-006', 'En expérimentation → Arrêtée'),
  ('2025-02-27T15:54:55Z', 'intranet-1', 'mdupont', '', 'idea.support', 'idea', 'CONS-2025-002', ''),
  ('2025-03-03T08:15:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-005', 'En construction → En expérimentation'),
  ('2025-03-04T08:55:00Z', 'kiosque-accueil', 'construisons', '', 'idea.comment', 'idea', 'CONS-2024-006', 'Le comité a décidé d''arrêter l''expérimentation : trop de…'),
  ('2025-03-04T14:20:00Z', 'kiosque-comite', 'jlefebvre', '', 'idea.move', 'idea', 'CONS-2025-001', 'En comité → Étude préalable'),
  ('2025-03-05T09:40:00Z', 'intranet-2', 'construisons', '', 'idea.comment', 'idea', 'CONS-2024-005', 'L''expérimentation démarre aux 3e et 4e étages pour trois…'),
  ('2025-03-18T09:10:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-002', 'Prise de contact → En comité'),
  ('2025-03-21T06:33:40Z', 'intranet-1', 'efontaine', '', 'idea.support', 'idea', 'CONS-2025-001', ''),
  ('2025-03-24T09:00:00Z', 'kiosque-accueil', 'construisons', '', 'idea.plan', 'idea', 'CONS-2024-003', 'Maisons du département Grésivaudan et Vercors'),
  ('2025-03-26T16:19:51Z', 'intranet-1', 'irey', '', 'idea.support', 'idea', 'CONS-2025-001', ''),
  ('2025-03-27T13:40:00Z', 'intranet-2', 'ssimon', '', 'idea.add', 'idea', 'CONS-2025-003', 'Dématérialiser les états de frais de déplacement'),
  ('2025-03-28T11:22:06Z', 'intranet-2', 'aroussel', '', 'idea.support', 'idea', 'CONS-2025-001', ''),
  ('2025-03-31T06:35:00Z', 'intranet-2', 'tgirard', '', 'idea.comment', 'idea', 'CONS-2025-003', 'Sur les routes, nous nous déplaçons beaucoup : un…'),
  ('2025-04-01T07:50:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2024-003', 'En construction → En expérimentation'),
  ('2025-04-01T14:30:00Z', 'kiosque-comite', 'jlefebvre', '', 'idea.move', 'idea', 'CONS-2025-002', 'En comité → En construction'),
  ('2025-04-03T08:25:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-003', 'Déposée → Prise de contact'),
  ('2025-04-03T14:06:28Z', 'intranet-2', 'plambert', '', 'idea.support', 'idea', 'CONS-2025-003', ''),
  ('2025-04-04T12:43:24Z', 'intranet-2', 'nroux', '', 'idea.support', 'idea', 'CONS-2025-003', ''),
  ('2025-04-08T12:20:00Z', 'kiosque-accueil', 'construisons', 'hblanc', 'idea.comment', 'idea', 'CONS-2025-003', 'Pensez aux agents des collèges qui n''ont pas d''ordinateur…'),
  ('2025-04-09T12:48:00Z', 'intranet-2', 'ychevalier', '', 'idea.support', 'idea', 'CONS-2025-002', ''),
  ('2025-04-10T11:05:00Z', 'intranet-2', 'ssimon', '', 'idea.edit', 'idea', 'CONS-2025-003', 'solution proposée'),
  ('2025-04-15T11:30:00Z', 'intranet-2', 'abenali', '', 'idea.comment', 'idea', 'CONS-2024-005', 'Testé la semaine dernière : réservé en deux minutes, et le…'),
  ('2025-04-24T15:10:45Z', 'intranet-1', 'lbernard', '', 'idea.support', 'idea', 'CONS-2025-002', ''),
  ('2025-04-25T06:01:49Z', 'intranet-1', 'mdupont', '', 'idea.support', 'idea', 'CONS-2025-003', ''),
  ('2025-05-05T15:23:02Z', 'intranet-2', 'vperrin', '', 'idea.support', 'idea', 'CONS-2025-003', ''),
  ('2025-05-06T08:05:00Z', 'intranet-2', 'kmeunier', '', 'idea.add', 'idea', 'CONS-2025-004', 'Visites virtuelles des Archives départementales pour les collégiens'),
  ('2025-05-09T10:40:00Z', 'intranet-2', 'cmoreau', '', 'idea.comment', 'idea', 'CONS-2025-004', 'Les principaux des collèges ruraux seraient très…'),
  ('2025-05-13T09:15:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-003', 'Prise de contact → En comité'),
  ('2025-05-14T09:00:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-004', 'Déposée → Prise de contact'),
  ('2025-05-14T09:29:19Z', 'intranet-2', 'kmeunier', '', 'idea.support', 'idea', 'CONS-2025-003', ''),
  ('2025-05-26T15:58:56Z', 'intranet-2', 'hblanc', '', 'idea.support', 'idea', 'CONS-2025-004', ''),
  ('2025-05-27T14:40:00Z', 'kiosque-comite', 'lvasseur', '', 'idea.move', 'idea', 'CONS-2025-003', 'En comité → En construction'),
  ('2025-05-29T16:28:51Z', 'intranet-2', 'tgirard', '', 'idea.support', 'idea', 'CONS-2025-003', ''),
  ('2025-06-02T08:05:00Z', 'intranet-2', 'lbernard', '', 'idea.comment', 'idea', 'CONS-2025-003', 'Le service de la paie sera associé à la construction, pour…'),
  ('2025-06-02T09:30:00Z', 'intranet-2', 'construisons', '', 'idea.evaluate', 'idea', 'CONS-2024-003', 'poursuivre'),
  ('2025-06-02T12:30:00Z', 'intranet-1', 'kmeunier', '', 'idea.withdraw', 'idea', 'CONS-2025-004', 'Le service des publics des Archives lance des classes virtuelles à la rentrée : je préfère y contribuer directement plutôt que de mener un projet parallèle.'),
  ('2025-06-03T08:20:00Z', 'intranet-1', 'mdupont', '', 'idea.comment', 'idea', 'CONS-2024-003', 'Premier bilan à mi-parcours dans les deux Maisons du…'),
  ('2025-06-09T06:45:27Z', 'intranet-1', 'abenali', '', 'idea.support', 'idea', 'CONS-2025-003', ''),
  ('2025-06-09T12:35:00Z', 'intranet-2', 'hblanc', '', 'idea.comment', 'idea', 'CONS-2024-003', 'Au collège, nous avons accueilli une personne en immersion…'),
  ('2025-06-10T08:40:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-001', 'Étude préalable → En comité'),
  ('2025-06-10T08:50:00Z', 'intranet-2', 'construisons', '', 'idea.evaluate', 'idea', 'CONS-2024-005', 'poursuivre'),
  ('2025-06-16T10:20:00Z', 'intranet-2', 'construisons', '', 'idea.plan', 'idea', 'CONS-2025-003', 'Direction des mobilités et Direction des finances'),
  ('2025-06-16T15:20:00Z', 'kiosque-comite', 'jlefebvre', '', 'idea.evaluate', 'idea', 'CONS-2024-001', 'generaliser'),
  ('2025-06-17T07:20:00Z', 'intranet-2', 'efontaine', '', 'idea.add', 'idea', 'CONS-2025-005', 'Un parrain ou une marraine pour chaque nouvel arrivant'),
  ('2025-06-19T11:55:00Z', 'intranet-2', 'aroussel', '', 'idea.comment', 'idea', 'CONS-2025-005', 'Arrivée il y a un an, j''aurais adoré avoir une marraine !…'),
  ('2025-06-23T09:05:00Z', 'intranet-2', 'construisons', '', 'idea.plan', 'idea', 'CONS-2024-005', '3e, 4e et 5e étages de l''Hôtel du département'),
  ('2025-06-24T07:15:00Z', 'intranet-1', 'ychevalier', '', 'idea.comment', 'idea', 'CONS-2025-005', 'Il faudrait que le parrain ne soit pas dans la ligne…'),
  ('2025-06-24T14:10:00Z', 'kiosque-comite', 'lvasseur', '', 'idea.move', 'idea', 'CONS-2024-001', 'En expérimentation → Généralisée'),
  ('2025-06-24T14:25:00Z', 'kiosque-comite', 'jlefebvre', '', 'idea.move', 'idea', 'CONS-2025-001', 'En comité → En construction'),
  ('2025-06-25T15:40:08Z', 'intranet-1', 'ssimon', '', 'idea.support', 'idea', 'CONS-2025-005', ''),
  ('2025-06-26T08:45:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-005', 'Déposée → Prise de contact'),
  ('2025-06-26T09:30:00Z', 'kiosque-accueil', 'construisons', '', 'idea.comment', 'idea', 'CONS-2025-001', 'Le comité a validé la construction. Un solde plancher de…'),
  ('2025-06-27T06:50:41Z', 'intranet-1', 'vperrin', '', 'idea.support', 'idea', 'CONS-2025-005', ''),
  ('2025-06-27T14:55:14Z', 'intranet-2', 'fmercier', '', 'idea.support', 'idea', 'CONS-2025-005', ''),
  ('2025-07-01T09:15:00Z', 'kiosque-accueil', 'construisons', '', 'idea.comment', 'idea', 'CONS-2024-001', 'Après une année d''expérimentation dans dix collèges et plus…'),
  ('2025-08-14T16:18:06Z', 'intranet-2', 'hblanc', '', 'idea.support', 'idea', 'CONS-2025-005', ''),
  ('2025-08-18T11:13:57Z', 'intranet-2', 'nroux', '', 'idea.support', 'idea', 'CONS-2025-005', ''),
  ('2025-09-01T08:30:00Z', 'kiosque-accueil', 'construisons', '', 'idea.plan', 'idea', 'CONS-2025-002', 'Hôtel du département, puis Maisons du département Grésivaudan et Voironnais-Chartreuse'),
  ('2025-09-08T07:55:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-002', 'En construction → En expérimentation'),
  ('2025-09-15T09:40:00Z', 'intranet-2', 'construisons', '', 'idea.plan', 'idea', 'CONS-2025-001', 'Direction des ressources humaines et Direction du numérique, à l''Hôtel du département'),
  ('2025-09-16T09:20:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-005', 'Prise de contact → En comité'),
  ('2025-09-30T05:45:00Z', 'intranet-1', 'tgirard', '', 'idea.add', 'idea', 'CONS-2025-006', 'Optimiser les circuits de déneigement et de salage des agents des routes'),
  ('2025-09-30T14:15:00Z', 'kiosque-comite', 'lvasseur', '', 'idea.move', 'idea', 'CONS-2025-005', 'En comité → Étude préalable'),
  ('2025-10-02T13:05:00Z', 'intranet-2', 'fmercier', '', 'idea.comment', 'idea', 'CONS-2025-006', 'Dans le Voironnais, deux circuits passent par le même col à…'),
  ('2025-10-07T08:25:00Z', 'intranet-2', 'construisons', '', 'idea.comment', 'idea', 'CONS-2025-005', 'Le comité a demandé une étude préalable avec la DRH :'),
  ('2025-10-08T08:30:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-006', 'Déposée → Prise de contact'),
  ('2025-10-08T12:51:03Z', 'intranet-1', 'ngarcia', '', 'idea.support', 'idea', 'CONS-2025-006', ''),
  ('2025-10-14T15:10:00Z', 'intranet-1', 'cmoreau', '', 'idea.comment', 'idea', 'CONS-2025-002', 'J''ai emprunté le vidéoprojecteur pour une réunion avec des…'),
  ('2025-10-15T09:50:00Z', 'intranet-1', 'jmartin', '', 'idea.comment', 'idea', 'CONS-2025-006', 'Les données des traceurs sont disponibles, mais attention…'),
  ('2025-11-04T09:45:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-006', 'Prise de contact → En comité'),
  ('2025-11-06T12:18:15Z', 'intranet-2', 'hblanc', '', 'idea.support', 'idea', 'CONS-2025-006', ''),
  ('2025-11-11T15:00:47Z', 'intranet-1', 'abenali', '', 'idea.support', 'idea', 'CONS-2025-006', ''),
  ('2025-11-18T14:20:00Z', 'kiosque-comite', 'lvasseur', '', 'idea.move', 'idea', 'CONS-2025-006', 'En comité → Étude préalable'),
  ('2025-12-02T10:50:00Z', 'intranet-1', 'irey', '', 'idea.add', 'idea', 'CONS-2025-007', 'Zéro papier pour les dossiers des commissions'),
  ('2025-12-04T10:15:00Z', 'intranet-2', 'bgauthier', '', 'idea.comment', 'idea', 'CONS-2025-007', 'Nous imprimons plus de 40 000 pages par an pour les…'),
  ('2025-12-09T13:40:00Z', 'intranet-1', 'kmeunier', '', 'idea.comment', 'idea', 'CONS-2025-007', 'Attention à l''archivage : les dossiers de séance doivent…'),
  ('2025-12-10T08:55:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-007', 'Déposée → Prise de contact'),
  ('2025-12-15T10:00:00Z', 'intranet-2', 'construisons', '', 'idea.evaluate', 'idea', 'CONS-2024-003', 'poursuivre'),
  ('2025-12-24T06:26:17Z', 'intranet-2', 'jmartin', '', 'idea.support', 'idea', 'CONS-2025-007', ''),
  ('2025-12-26T09:39:49Z', 'intranet-2', 'hblanc', '', 'idea.support', 'idea', 'CONS-2025-007', ''),
  ('2026-01-06T09:57:20Z', 'intranet-1', 'ssimon', '', 'idea.support', 'idea', 'CONS-2025-007', ''),
  ('2026-01-12T10:15:00Z', 'intranet-2', 'construisons', '', 'idea.plan', 'idea', 'CONS-2024-003', 'Maisons du département Grésivaudan et Vercors, puis centres d''entretien routier et collèges volontaires'),
  ('2026-01-20T09:35:00Z', 'intranet-2', 'abenali', '', 'idea.add', 'idea', 'CONS-2026-001', 'Une foire aux questions sur le RSA pour les usagers et les agents d''accueil'),
  ('2026-01-20T13:55:15Z', 'intranet-2', 'aroussel', '', 'idea.support', 'idea', 'CONS-2026-001', ''),
  ('2026-01-21T12:20:21Z', 'intranet-1', 'bgauthier', '', 'idea.support', 'idea', 'CONS-2026-001', ''),
  ('2026-01-22T14:05:00Z', 'intranet-1', 'aroussel', '', 'idea.comment', 'idea', 'CONS-2026-001', 'Nous avons les mêmes questions en protection de l''enfance…'),
  ('2026-01-28T08:40:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2026-001', 'Déposée → Prise de contact'),
  ('2026-02-03T08:30:00Z', 'intranet-1', 'ngarcia', '', 'idea.comment', 'idea', 'CONS-2026-001', 'Pensez à une version en « facile à lire et à comprendre »…'),
  ('2026-02-09T12:29:58Z', 'intranet-1', 'lbernard', '', 'idea.support', 'idea', 'CONS-2025-007', ''),
  ('2026-02-10T10:45:00Z', 'kiosque-accueil', 'construisons', 'abenali', 'idea.edit', 'idea', 'CONS-2026-001', 'problème'),
  ('2026-02-16T09:25:00Z', 'kiosque-accueil', 'construisons', '', 'idea.evaluate', 'idea', 'CONS-2024-005', 'poursuivre'),
  ('2026-03-05T12:33:09Z', 'intranet-2', 'fmercier', '', 'idea.support', 'idea', 'CONS-2026-001', ''),
  ('2026-03-10T14:15:00Z', 'intranet-1', 'aroussel', '', 'idea.add', 'idea', 'CONS-2026-002', 'Écrire nos courriers aux familles en « facile à lire et à comprendre »'),
  ('2026-03-11T09:59:17Z', 'intranet-1', 'hblanc', '', 'idea.support', 'idea', 'CONS-2026-001', ''),
  ('2026-03-12T07:45:00Z', 'intranet-2', 'abenali', '', 'idea.comment', 'idea', 'CONS-2026-002', 'Très juste ! Les convocations inquiètent particulièrement…'),
  ('2026-03-16T14:10:00Z', 'intranet-2', 'construisons', '', 'idea.evaluate', 'idea', 'CONS-2025-002', 'poursuivre'),
  ('2026-03-19T08:50:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2026-002', 'Déposée → Prise de contact'),
  ('2026-03-19T12:18:39Z', 'intranet-1', 'jmartin', '', 'idea.support', 'idea', 'CONS-2026-002', ''),
  ('2026-03-27T15:16:05Z', 'intranet-1', 'kmeunier', '', 'idea.support', 'idea', 'CONS-2026-002', ''),
  ('2026-04-14T15:17:10Z', 'intranet-2', 'mdupont', '', 'idea.support', 'idea', 'CONS-2026-002', ''),
  ('2026-05-05T07:25:00Z', 'intranet-2', 'bgauthier', '', 'idea.add', 'idea', 'CONS-2026-003', 'Des vélos à assistance électrique pour les déplacements entre les sites grenoblois'),
  ('2026-05-07T11:35:00Z', 'intranet-2', 'vperrin', '', 'idea.comment', 'idea', 'CONS-2026-003', 'Bonne idée pour la santé ! Il faudrait aussi des douches et…'),
  ('2026-05-08T06:51:00Z', 'intranet-2', 'mdupont', '', 'idea.support', 'idea', 'CONS-2026-003', ''),
  ('2026-05-08T09:28:12Z', 'intranet-1', 'kmeunier', '', 'idea.support', 'idea', 'CONS-2026-003', ''),
  ('2026-05-12T08:15:00Z', 'intranet-2', 'nroux', '', 'idea.comment', 'idea', 'CONS-2026-003', 'Le local vélos de l''Hôtel du département est déjà saturé…'),
  ('2026-05-13T09:05:00Z', 'kiosque-accueil', 'construisons', '', 'idea.move', 'idea', 'CONS-2026-003', 'Déposée → Prise de contact'),
  ('2026-06-02T11:58:46Z', 'intranet-2', 'ngarcia', '', 'idea.support', 'idea', 'CONS-2026-003', ''),
  ('2026-06-17T11:02:27Z', 'intranet-1', 'jmartin', '', 'idea.support', 'idea', 'CONS-2026-003', ''),
  ('2026-06-24T06:14:26Z', 'intranet-1', 'cmoreau', '', 'idea.support', 'idea', 'CONS-2026-003', ''),
  ('2026-09-15T12:05:00Z', 'intranet-1', 'ngarcia', '', 'idea.add', 'idea', 'CONS-2026-004', 'Un simulateur en ligne pour estimer l''allocation personnalisée d''autonomie'),
  ('2026-09-17T09:03:31Z', 'intranet-2', 'abenali', '', 'idea.support', 'idea', 'CONS-2026-004', ''),
  ('2026-09-18T09:25:00Z', 'intranet-1', 'mdupont', '', 'idea.comment', 'idea', 'CONS-2026-004', 'Les familles nous posent la même question à l''accueil…'),
  ('2026-09-22T13:30:00Z', 'intranet-2', 'irey', '', 'idea.edit', 'idea', 'CONS-2025-007', 'problème, solution proposée'),
  ('2026-10-06T09:15:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2025-007', 'Prise de contact → En comité'),
  ('2026-10-20T13:45:00Z', 'kiosque-comite', 'jlefebvre', '', 'idea.evaluate', 'idea', 'CONS-2024-003', 'generaliser'),
  ('2026-10-27T15:30:00Z', 'intranet-2', 'jmartin', '', 'idea.add', 'idea', 'CONS-2026-005', 'Éteindre automatiquement les ordinateurs et les écrans le soir et le week-end'),
  ('2026-10-29T10:10:00Z', 'intranet-2', 'ychevalier', '', 'idea.comment', 'idea', 'CONS-2026-005', 'Techniquement faisable avec nos outils de gestion du parc.…'),
  ('2026-11-03T09:10:00Z', 'intranet-2', 'construisons', '', 'idea.move', 'idea', 'CONS-2026-001', 'Prise de contact → En comité'),
  ('2026-11-11T16:18:21Z', 'intranet-2', 'irey', '', 'idea.support', 'idea', 'CONS-2026-005', ''),
  ('2026-11-19T14:54:51Z', 'intranet-2', 'nroux', '', 'idea.support', 'idea', 'CONS-2026-005', '');
