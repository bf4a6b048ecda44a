/* demo.h — the demonstration data set of `construisons init --demo`: the
 * démarche's own ideas (Partage ma passion, Airbnb des collèges, Espace
 * compétences, BuroDispo, l'Accorderie des savoir-faire...) and more, with
 * agents, supports, comments and history, read from data/demo.sql. */
#ifndef CS_DEMO_H
#define CS_DEMO_H

#include "agents.h"
#include "db.h"
#include "err.h"

/* The directory holding the shipped data: $CONSTRUISONS_DATADIR, else the
 * installed DATADIR, else the source tree's data/ (uninstalled builds). */
const char *demo_data_dir(void);

/* Loads the demo data into an empty database: ideas, agents and the
 * workflow (demo.sql), the floors of data/floors imported as id (an admin),
 * then desk bookings around today (demo-desks.sql); each file in one
 * transaction. Refused (CS_ERR_DATA) when the database already holds ideas. */
enum cs_status demo_load(struct cs_db *db, const struct cs_identity *id,
                         struct cs_error *err);

#endif
