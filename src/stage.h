/* stage.h — the stages and closed outcomes of the démarche (domain.md):
 * their order, their command-line slugs (no accents) and their French labels.
 * The transitions between them belong to the workflow module. */
#ifndef CS_STAGE_H
#define CS_STAGE_H

#include <stdbool.h>

enum cs_stage {
	STAGE_DEPOSEE,        /* Déposée */
	STAGE_CONTACT,        /* Prise de contact */
	STAGE_COMITE,         /* En comité */
	STAGE_ETUDE,          /* Étude préalable */
	STAGE_CONSTRUCTION,   /* En construction */
	STAGE_EXPERIMENTATION,/* En expérimentation */
	STAGE_GENERALISEE,    /* Généralisée */
	STAGE_TRANSMISE,      /* Transmise à une direction (closed) */
	STAGE_NON_RETENUE,    /* Non retenue (closed) */
	STAGE_ARRETEE,        /* Arrêtée (closed) */
	STAGE_RETIREE,        /* Retirée (closed) */
	STAGE_COUNT
};

/* "deposee", "contact", ... as stored in the database and typed on the
 * command line. */
const char *stage_slug(enum cs_stage s);

/* The translated label ("Déposée", "Prise de contact"...). */
const char *stage_label(enum cs_stage s);

/* A short label of at most 10 columns for narrow lists. */
const char *stage_short_label(enum cs_stage s);

/* Parses a slug; returns false when unknown. */
bool stage_from_slug(const char *slug, enum cs_stage *out);

/* True for the stages after which nothing moves (Généralisée and the four
 * closed outcomes). */
bool stage_is_closed(enum cs_stage s);

#endif
