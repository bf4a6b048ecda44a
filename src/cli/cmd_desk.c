/* cmd_desk.c — BuroDispo from the command line, for people and for cron:
 * `construisons desks import DIR|FILE` and `construisons desk
 * list|free|book|cancel|checkin|mine|block|unblock|presence`. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "desks.h"
#include "i18n.h"
#include "parse.h"
#include "when.h"

int cmd_desks(struct cli *c, int argc, char **argv)
{
	size_t floors = 0, desks = 0;
	int rc;

	if (argc != 3 || strcmp(argv[1], "import") != 0)
		return cli_usage(_("desks: say import DIR|FILE"));
	if ((rc = cli_open(c)) != 0)
		return rc;
	if (desks_import(c->db, &c->id, argv[2], &floors, &desks, &c->err) != CS_OK) {
		cli_close(c);
		return cli_fail(&c->err);
	}
	printf(_("%zu floor(s) and %zu desks imported.\n"), floors, desks);
	cli_close(c);
	return 0;
}

struct desk_args {
	int floor;                /* < -2: all */
	const char *date;
	char typed_date[11];
	char spoken[64];          /* the date as said: "mardi 1er décembre" */
	enum slot slot;
	bool slot_given;
	const char *reason;
	char today[12];
};

static int parse_desk_args(int argc, char **argv, const char *command,
                           const struct desk_rules *rules, struct desk_args *a)
{
	static const struct option opts[] = {
		{ "floor", required_argument, NULL, 'f' },
		{ "date", required_argument, NULL, 'd' },
		{ "slot", required_argument, NULL, 's' },
		{ "reason", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 }
	};
	struct cs_error err;
	long floor;
	int ch;

	memset(a, 0, sizeof *a);
	a->floor = -1000;
	desks_today(rules, time(NULL), a->today, &a->slot);
	a->date = a->today;
	optind = 0;
	while ((ch = cli_getopt(argc, argv, ":", opts, command)) != -1) {
		switch (ch) {
		case 'f':
			if (parse_whole(optarg, -2, 30, &floor, &err) != CS_OK)
				return cli_usage(_("%s: --floor takes a floor number, not \"%s\""), command,
				                 optarg);
			a->floor = (int)floor;
			break;
		case 'd':
			if (when_parse_day(optarg, a->today, a->typed_date, &err) != CS_OK)
				return cli_usage(_("%s: %s: %s"), command, "--date", err.message);
			if (a->typed_date[0] != '\0')
				a->date = a->typed_date;
			break;
		case 's':
			if (!desks_slot_from_slug(optarg, &a->slot))
				return cli_usage(_("%s: --slot is matin, apres-midi or journee, not \"%s\""),
				                 command, optarg);
			a->slot_given = true;
			break;
		case 'r': a->reason = optarg; break;
		default: return EXIT_USAGE;
		}
	}
	when_day_spoken(a->date, a->today, a->spoken, sizeof a->spoken);
	return 0;
}

static const char *status_word(const struct desk_view *d)
{
	switch (d->status) {
	case DESK_FREE: return _("free");
	case DESK_BOOKED: return _("booked");
	case DESK_OCCUPIED: return _("occupied");
	case DESK_MINE: return d->checked_in ? _("mine, checked in") : _("mine");
	case DESK_BLOCKED: return _("blocked");
	}
	return "?";
}

static void print_desk(const struct desk_view *d, bool with_status)
{
	char attrs[128];

	floorplan_attrs_text(d->attrs, attrs, sizeof attrs);
	printf("%d/%-6s", d->floor, d->label);
	if (with_status) {
		fputs("  ", stdout);
		cli_put_padded(stdout, status_word(d), 18);
	}
	printf("  %s", attrs);
	if (with_status && d->holder != NULL) {
		fputs(" — ", stdout);
		cli_put_text(stdout, d->holder, false, 0);
	}
	if (d->blocked_reason != NULL) {
		fputs(" — ", stdout);
		cli_put_text(stdout, d->blocked_reason, false, 0);
	}
	fputc('\n', stdout);
}

static int desk_list(struct cli *c, const struct desk_rules *rules, struct desk_args *a,
                     bool only_free)
{
	int rc = 0;

	if (only_free) {
		struct desk_list l;
		if (desks_free(c->db, &c->id, rules, a->floor, a->date, a->slot, time(NULL), &l,
		               &c->err) != CS_OK)
			return cli_fail(&c->err);
		for (size_t i = 0; i < l.count; i++)
			print_desk(&l.items[i], false);
		if (l.count == 0)
			fprintf(stderr, _("No free desk on %s, %s.\n"), a->spoken, desks_slot_label(a->slot));
		desks_list_free(&l);
		return 0;
	}
	{
		struct floor_list floors;
		if (desks_floors(c->db, &floors, &c->err) != CS_OK)
			return cli_fail(&c->err);
		for (size_t f = 0; f < floors.count && rc == 0; f++) {
			struct floor_view v;
			if (a->floor >= -2 && floors.items[f].number != a->floor)
				continue;
			if (desks_floor_view(c->db, &c->id, rules, floors.items[f].number, a->date, a->slot,
			                     time(NULL), &v, &c->err) != CS_OK) {
				rc = cli_fail(&c->err);
				break;
			}
			printf("%s %d — ", _("Floor"), v.number);
			cli_put_text(stdout, v.name, false, 0);
			printf(" (%s, %s)\n", a->spoken, desks_slot_label(a->slot));
			for (size_t i = 0; i < v.desk_count; i++) {
				fputs("  ", stdout);
				print_desk(&v.desks[i], true);
			}
			desks_floor_view_free(&v);
		}
		desks_floors_free(&floors);
	}
	return rc;
}

static int desk_one(struct cli *c, const struct desk_rules *rules, const char *what,
                    const char *name, struct desk_args *a)
{
	char label[FLOORPLAN_LABEL_MAX], nearest[32];
	int floor;
	int64_t booking;
	enum cs_status s;

	if (desks_find(c->db, name, &floor, label, &c->err) != CS_OK)
		return cli_fail(&c->err);
	if (strcmp(what, "book") == 0) {
		s = desks_book(c->db, &c->id, rules, floor, label, a->date, a->slot, time(NULL),
		               nearest, &booking, &c->err);
		if (s == CS_ERR_CONFLICT && nearest[0] != '\0') {
			int rc = cli_fail(&c->err);
			fprintf(stderr, _("The nearest free desk: %s (construisons desk book %s --date %s "
			                  "--slot %s)\n"), nearest, nearest, a->date, desks_slot_slug(a->slot));
			return rc;
		}
		if (s == CS_OK)
			printf(_("Desk %d/%s booked for %s, %s.\n"), floor, label, a->spoken,
			       desks_slot_label(a->slot));
	} else if (strcmp(what, "cancel") == 0) {
		s = desks_cancel(c->db, &c->id, rules, floor, label, a->date, a->slot, time(NULL), &c->err);
		if (s == CS_OK)
			printf(_("Booking of desk %d/%s on %s, %s cancelled.\n"), floor, label, a->spoken,
			       desks_slot_label(a->slot));
	} else if (strcmp(what, "checkin") == 0) {
		s = desks_checkin(c->db, &c->id, rules, floor, label, time(NULL), &c->err);
		if (s == CS_OK)
			printf(_("Checked in at desk %d/%s.\n"), floor, label);
	} else if (strcmp(what, "block") == 0) {
		if (a->reason == NULL)
			return cli_usage(_("desk block: --reason is required"));
		s = desks_block(c->db, &c->id, floor, label, a->reason, &c->err);
		if (s == CS_OK)
			printf(_("Desk %d/%s blocked.\n"), floor, label);
	} else {
		s = desks_block(c->db, &c->id, floor, label, NULL, &c->err);
		if (s == CS_OK)
			printf(_("Desk %d/%s unblocked.\n"), floor, label);
	}
	return s == CS_OK ? 0 : cli_fail(&c->err);
}

static const char *state_word(const char *state)
{
	if (strcmp(state, "reservee") == 0) return _("booked");
	if (strcmp(state, "occupee") == 0) return _("checked in");
	if (strcmp(state, "annulee") == 0) return _("cancelled");
	if (strcmp(state, "liberee") == 0) return _("released (no check-in)");
	return state;
}

int cmd_desk(struct cli *c, int argc, char **argv)
{
	const char *sub = argc > 1 ? argv[1] : "";
	char command[32];
	struct desk_rules rules;
	struct desk_args a;
	int rc;

	if (argc < 2)
		return cli_usage(_("desk: say list, free, book, cancel, checkin, mine, block, unblock "
		                   "or presence"));
	snprintf(command, sizeof command, "desk %s", sub);
	if (desks_rules_from_config(&c->cfg, &rules, &c->err) != CS_OK)
		return cli_fail(&c->err);
	rc = parse_desk_args(argc - 1, argv + 1, command, &rules, &a);
	if (rc == 0)
		rc = cli_open(c);
	if (rc != 0) {
		desks_rules_free(&rules);
		return rc;
	}
	argc -= 1;
	argv += 1;
	if (strcmp(sub, "list") == 0 || strcmp(sub, "free") == 0) {
		rc = optind < argc ? cli_usage(_("%s: unexpected argument \"%s\""), command, argv[optind])
		                   : desk_list(c, &rules, &a, strcmp(sub, "free") == 0);
	} else if (strcmp(sub, "book") == 0 || strcmp(sub, "cancel") == 0
	           || strcmp(sub, "checkin") == 0 || strcmp(sub, "block") == 0
	           || strcmp(sub, "unblock") == 0) {
		rc = argc - optind != 1 ? cli_usage(_("%s: name one desk (FLOOR/DESK or DESK)"), command)
		                        : desk_one(c, &rules, sub, argv[optind], &a);
	} else if (strcmp(sub, "mine") == 0) {
		struct booking_list l;
		if (desks_mine(c->db, &c->id, &rules, time(NULL), &l, &c->err) != CS_OK) {
			rc = cli_fail(&c->err);
		} else {
			for (size_t i = 0; i < l.count; i++) {
				printf("%s  ", l.items[i].day);
				cli_put_padded(stdout, desks_slot_label(l.items[i].slot), 11);
				printf("  %d/%-6s  %s\n", l.items[i].floor, l.items[i].label,
				       state_word(l.items[i].state));
			}
			desks_bookings_free(&l);
		}
	} else if (strcmp(sub, "presence") == 0) {
		bool on = optind < argc && (strcmp(argv[optind], "oui") == 0 || strcmp(argv[optind], "yes") == 0);
		bool off = optind < argc && (strcmp(argv[optind], "non") == 0 || strcmp(argv[optind], "no") == 0);
		if (!on && !off)
			rc = cli_usage(_("desk presence: say oui (your name is shown on the map) or non"));
		else if (desks_set_presence(c->db, &c->id, on, &c->err) != CS_OK)
			rc = cli_fail(&c->err);
		else
			printf(on ? _("Your name is shown on the desk map.\n")
			          : _("Your name is no longer shown on the desk map.\n"));
	} else {
		rc = cli_usage(_("desk: unknown subcommand \"%s\""), sub);
	}
	cli_close(c);
	desks_rules_free(&rules);
	return rc;
}
