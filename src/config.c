/* config.c — the option tables of the system file and of the user file,
 * and their loading with libconfuse. The tables below are the single list
 * of options: construisons.conf(5) documents each of them (checked by a
 * test through config_option_names()). Roles and the database path live
 * only in the system file; the user file holds preferences. */
#include <confuse.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "agents.h"
#include "buildinfo.h"
#include "duration.h"
#include "i18n.h"
#include "privilege.h"

#ifndef SYSCONFDIR
#define SYSCONFDIR "/etc"
#endif

static cfg_opt_t system_opts[] = {
	CFG_STR("database", "", CFGF_NONE),
	CFG_STR_LIST("facilitator_groups", "{}", CFGF_NONE),
	CFG_STR_LIST("facilitators", "{}", CFGF_NONE),
	CFG_STR_LIST("committee_groups", "{}", CFGF_NONE),
	CFG_STR_LIST("committee_members", "{}", CFGF_NONE),
	CFG_STR_LIST("admin_groups", "{}", CFGF_NONE),
	CFG_STR_LIST("admins", "{}", CFGF_NONE),
	CFG_INT("refresh_interval", 2, CFGF_NONE),
	CFG_BOOL("drafts", cfg_true, CFGF_NONE),
	CFG_INT("busy_timeout", 10, CFGF_NONE),
	CFG_INT("lease_time", 30, CFGF_NONE),
	CFG_INT("clock_drift_max", 120, CFGF_NONE),
	CFG_STR("language", "fr", CFGF_NONE),
	CFG_INT("desk_days_ahead", 14, CFGF_NONE),
	CFG_INT("desk_max_bookings", 3, CFGF_NONE),
	CFG_INT("desk_checkin_minutes", 30, CFGF_NONE),
	CFG_STR("desk_morning_start", "08:30", CFGF_NONE),
	CFG_STR("desk_afternoon_start", "13:30", CFGF_NONE),
	CFG_STR("desk_afternoon_end", "18:00", CFGF_NONE),
	CFG_STR_LIST("desk_weekdays", "{lundi, mardi, mercredi, jeudi, vendredi}", CFGF_NONE),
	CFG_STR_LIST("desk_reserved", "{}", CFGF_NONE),
	CFG_STR("ledger_opening_credit", "15h", CFGF_NONE),
	CFG_STR("ledger_floor", "-10h", CFGF_NONE),
	CFG_STR("ledger_ceiling", "60h", CFGF_NONE),
	CFG_INT("ledger_confirm_days", 7, CFGF_NONE),
	CFG_INT("ledger_rounding", 15, CFGF_NONE),
	CFG_STR_LIST("kiosk_unlock_roles", "{animateur, administrateur}", CFGF_NONE),
	CFG_INT("kiosk_idle_lock", 3, CFGF_NONE),
	CFG_STR("print_queue", "", CFGF_NONE),
	CFG_INT("print_copies", 1, CFGF_NONE),
	CFG_STR_LIST("ledger_categories", "{Bureautique, Informatique, \"Rédaction\", Langues, "
	             "Juridique, Finances, Communication, \"Méthodes\", Bricolage, Autre}", CFGF_NONE),
	CFG_END()
};

static cfg_opt_t user_opts[] = {
	CFG_BOOL("colors", cfg_true, CFGF_NONE),
	CFG_BOOL("mouse", cfg_true, CFGF_NONE),
	CFG_BOOL("ascii_only", cfg_false, CFGF_NONE),
	CFG_END()
};

/* The first error libconfuse reports while parsing, with file and line. */
static char parse_message[768];
static const char *parsing_path;

/* How a configuration file must be held before it is read. */
enum file_rule {
	FILE_ANY,       /* any regular file (root, test builds) */
	FILE_OF_ROOT,   /* not a link, regular, owned by root, not group/other-writable */
	FILE_OF_USER,   /* not a link, regular, owned by the real user */
};

/* Opens path for reading under rule. Returns the descriptor, or -1 with
 * *absent set (no such file), or -1 with *problem (a translated phrase:
 * what is wrong with the file) and errno. Never blocks on a FIFO. */
static int open_config(const char *path, enum file_rule rule, bool *absent,
                       const char **problem)
{
	int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK;
	struct stat st;
	int fd;

	*absent = false;
	*problem = NULL;
	if (rule != FILE_ANY)
		flags |= O_NOFOLLOW;
	fd = open(path, flags);
	if (fd < 0) {
		if (errno == ENOENT)
			*absent = true;
		else if (errno == ELOOP && rule != FILE_ANY)
			*problem = _("it is a symbolic link");
		else
			*problem = cs_strerror(errno);
		return -1;
	}
	if (fstat(fd, &st) != 0) {
		*problem = cs_strerror(errno);
	} else if (rule == FILE_OF_ROOT) {
		*problem = privilege_system_file_problem(&st);
	} else if (rule == FILE_OF_USER) {
		*problem = privilege_user_file_problem(&st, getuid());
	} else if (!S_ISREG(st.st_mode)) {
		*problem = _("it is not a regular file");
	}
	if (*problem == NULL && (flags = fcntl(fd, F_GETFL)) >= 0
	    && fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == 0)
		return fd;
	if (*problem == NULL)
		*problem = cs_strerror(errno);
	close(fd);
	return -1;
}

/* Blanks out the comments of buf (#, // and slash-star), keeping newlines:
 * libconfuse 3.3 miscounts lines after comments, so it parses this copy
 * and reports true line numbers. Returns 0, or the line of a slash-star
 * that is never closed (which would silently hide the rest of the file),
 * with *variable false; with no_variables, also the line of a "${" in a
 * double-quoted string (libconfuse would put the environment's value
 * there), with *variable true. */
static int blank_comments(char *buf, size_t n, bool no_variables, bool *variable)
{
	char quote = 0;
	int line = 1;

	*variable = false;
	for (size_t i = 0; i < n; i++) {
		if (buf[i] == '\n')
			line++;
		if (quote) {
			if (buf[i] == '\\' && quote == '"' && i + 1 < n && buf[i + 1] != '\n') {
				i++;
			} else if (buf[i] == quote) {
				quote = 0;
			} else if (no_variables && quote == '"' && buf[i] == '$' && buf[i + 1] == '{') {
				*variable = true;
				return line;
			}
		} else if (buf[i] == '"' || buf[i] == '\'') {
			quote = buf[i];
		} else if (buf[i] == '#' || (buf[i] == '/' && buf[i + 1] == '/')) {
			while (i < n && buf[i] != '\n')
				buf[i++] = ' ';
			if (i < n)
				line++;
		} else if (buf[i] == '/' && buf[i + 1] == '*') {
			int opened = line;

			buf[i++] = ' ';
			buf[i++] = ' ';
			while (i < n && !(buf[i] == '*' && buf[i + 1] == '/')) {
				if (buf[i] != '\n')
					buf[i] = ' ';
				else
					line++;
				i++;
			}
			if (i >= n)
				return opened;
			buf[i++] = ' ';
			buf[i] = ' ';
		}
	}
	return 0;
}

/* Reads the configuration file open on fd (closed here) with its comments
 * blanked out. Newly allocated; NULL with err set (naming path) when it
 * cannot be read, is too large, leaves a comment open, or (no_variables)
 * names an environment variable. */
static char *read_without_comments(int fd, const char *path, bool no_variables,
                                   struct cs_error *err)
{
	bool variable;
	size_t size = 0, cap = 4096;
	char *buf = malloc(cap + 1), *grown;
	ssize_t got = 0;
	int line;

	while (buf != NULL && (got = read(fd, buf + size, cap - size)) != 0) {
		if (got < 0) {
			if (errno == EINTR)
				continue;
			cs_error_set(err, CS_ERR_CONFIG, _("%s: cannot read the configuration file: %s"),
			             path, cs_strerror(errno));
			goto fail;
		}
		size += (size_t)got;
		if (size == cap) {
			if (cap >= 1024 * 1024) {
				cs_error_set(err, CS_ERR_CONFIG, _("%s: cannot read the configuration "
				                                   "file: %s"), path, cs_strerror(EFBIG));
				goto fail;
			}
			if ((grown = realloc(buf, cap * 2 + 1)) == NULL)
				break;
			buf = grown;
			cap *= 2;
		}
	}
	close(fd);
	if (buf == NULL || got != 0) {
		free(buf);
		cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		return NULL;
	}
	buf[size] = '\0';
	if ((line = blank_comments(buf, size, no_variables, &variable)) != 0) {
		if (variable)
			cs_error_set(err, CS_ERR_CONFIG, _("invalid configuration: %s:%d: \"${...}\" "
			                                   "would take a value from the environment of "
			                                   "whoever runs the program: write the value "
			                                   "itself"), path, line);
		else
			cs_error_set(err, CS_ERR_CONFIG, _("invalid configuration: %s:%d: this comment "
			                                   "is never closed (\"*/\" missing): the rest "
			                                   "of the file would be ignored"), path, line);
		free(buf);
		return NULL;
	}
	return buf;
fail:
	close(fd);
	free(buf);
	return NULL;
}

static void on_confuse_error(cfg_t *cfg, const char *fmt, va_list ap)
{
	char text[512];

	if (parse_message[0] != '\0')
		return;
	vsnprintf(text, sizeof text, fmt, ap);
	if (cfg != NULL && (parsing_path != NULL || cfg->filename != NULL))
		snprintf(parse_message, sizeof parse_message, "%s:%d: %s",
		         parsing_path ? parsing_path : cfg->filename, cfg->line, text);
	else
		snprintf(parse_message, sizeof parse_message, "%s", text);
}

static int validate_range(cfg_t *cfg, cfg_opt_t *opt, long lo, long hi)
{
	long v = cfg_opt_getnint(opt, cfg_opt_size(opt) - 1);

	if (v < lo || v > hi) {
		cfg_error(cfg, _("option '%s' must be between %ld and %ld, not %ld"),
		          cfg_opt_name(opt), lo, hi, v);
		return -1;
	}
	return 0;
}

static int validate_refresh(cfg_t *cfg, cfg_opt_t *opt)
{
	return validate_range(cfg, opt, 1, 3600);
}

static int validate_idle_lock(cfg_t *cfg, cfg_opt_t *opt)
{
	return validate_range(cfg, opt, 1, 120);
}

static int validate_busy(cfg_t *cfg, cfg_opt_t *opt)
{
	return validate_range(cfg, opt, 1, 600);
}

static int validate_lease(cfg_t *cfg, cfg_opt_t *opt)
{
	return validate_range(cfg, opt, 5, 3600);
}

static int validate_clock_drift(cfg_t *cfg, cfg_opt_t *opt)
{
	return validate_range(cfg, opt, 0, 3600);
}

static int validate_days_ahead(cfg_t *cfg, cfg_opt_t *opt)
{
	return validate_range(cfg, opt, 0, 365);
}

static int validate_max_bookings(cfg_t *cfg, cfg_opt_t *opt)
{
	return validate_range(cfg, opt, 1, 50);
}

static int validate_checkin(cfg_t *cfg, cfg_opt_t *opt)
{
	return validate_range(cfg, opt, 5, 240);
}

static int validate_clock(cfg_t *cfg, cfg_opt_t *opt)
{
	const char *v = cfg_opt_getnstr(opt, cfg_opt_size(opt) - 1);
	int h, m;
	char tail;

	if (v == NULL || sscanf(v, "%2d:%2d%c", &h, &m, &tail) != 2 || strlen(v) != 5
	    || h < 0 || h > 23 || m < 0 || m > 59) {
		cfg_error(cfg, _("option '%s' is a time of day written HH:MM, not \"%s\""),
		          cfg_opt_name(opt), v ? v : "");
		return -1;
	}
	return 0;
}

static int validate_weekday(cfg_t *cfg, cfg_opt_t *opt)
{
	static const char *const days[] = { "dimanche", "lundi", "mardi", "mercredi",
	                                    "jeudi", "vendredi", "samedi" };
	const char *v = cfg_opt_getnstr(opt, cfg_opt_size(opt) - 1);

	for (size_t i = 0; v != NULL && i < 7; i++)
		if (strcmp(v, days[i]) == 0)
			return 0;
	cfg_error(cfg, _("option 'desk_weekdays' holds \"%s\", not a day (lundi ... dimanche)"),
	          v ? v : "");
	return -1;
}

static int validate_reserved(cfg_t *cfg, cfg_opt_t *opt)
{
	const char *v = cfg_opt_getnstr(opt, cfg_opt_size(opt) - 1);
	const char *slash = v ? strchr(v, '/') : NULL, *eq = v ? strchr(v, '=') : NULL;

	if (v == NULL || slash == NULL || eq == NULL || eq < slash || slash == v
	    || eq == slash + 1 || eq[1] == '\0') {
		cfg_error(cfg, _("option 'desk_reserved' holds \"%s\", expected "
		                 "\"FLOOR/DESK=Direction\""), v ? v : "");
		return -1;
	}
	return 0;
}

/* A duration of the Accorderie ("15h", "-10h", "1h30") within [lo, hi]
 * minutes. */
static int validate_ledger_duration(cfg_t *cfg, cfg_opt_t *opt, int lo, int hi)
{
	const char *v = cfg_opt_getnstr(opt, cfg_opt_size(opt) - 1);
	struct cs_error e;
	int minutes;

	if (v == NULL || duration_parse(v, true, &minutes, &e) != CS_OK) {
		cfg_error(cfg, _("option '%s' is a duration such as \"15h\" or \"-10h\", not \"%s\""),
		          cfg_opt_name(opt), v ? v : "");
		return -1;
	}
	if (minutes < lo || minutes > hi) {
		char low[24], high[24];
		duration_format(lo, low, sizeof low);
		duration_format(hi, high, sizeof high);
		cfg_error(cfg, _("option '%s' must be between %s and %s, not \"%s\""),
		          cfg_opt_name(opt), low, high, v);
		return -1;
	}
	return 0;
}

static int validate_opening_credit(cfg_t *cfg, cfg_opt_t *opt)
{
	return validate_ledger_duration(cfg, opt, 0, 100 * 60);
}

static int validate_floor(cfg_t *cfg, cfg_opt_t *opt)
{
	return validate_ledger_duration(cfg, opt, -500 * 60, 0);
}

static int validate_ceiling(cfg_t *cfg, cfg_opt_t *opt)
{
	return validate_ledger_duration(cfg, opt, 60, 999 * 60);
}

static int validate_confirm_days(cfg_t *cfg, cfg_opt_t *opt)
{
	return validate_range(cfg, opt, 0, 90);
}

static int validate_rounding(cfg_t *cfg, cfg_opt_t *opt)
{
	long v = cfg_opt_getnint(opt, cfg_opt_size(opt) - 1);

	if (v != 1 && v != 5 && v != 10 && v != 15 && v != 30 && v != 60) {
		cfg_error(cfg, _("option 'ledger_rounding' is 1, 5, 10, 15, 30 or 60 minutes, not %ld"),
		          v);
		return -1;
	}
	return 0;
}

static int validate_category(cfg_t *cfg, cfg_opt_t *opt)
{
	const char *v = cfg_opt_getnstr(opt, cfg_opt_size(opt) - 1);

	if (v == NULL || v[0] == '\0' || strlen(v) > 40) {
		cfg_error(cfg, _("option 'ledger_categories' holds \"%s\": a category has 1 to 40 "
		                 "bytes"), v ? v : "");
		return -1;
	}
	return 0;
}

/* A CUPS queue name: 1 to 127 printable ASCII characters, none of space,
 * '/', '#', backslash, quotes (what CUPS itself accepts); "" is CUPS's default. */
static int validate_print_queue(cfg_t *cfg, cfg_opt_t *opt)
{
	const char *v = cfg_opt_getnstr(opt, cfg_opt_size(opt) - 1);
	size_t n = v ? strlen(v) : 0;
	bool ok = n <= 127;

	for (size_t i = 0; ok && i < n; i++)
		ok = v[i] > ' ' && v[i] < 127 && strchr("/#\\\"'", v[i]) == NULL;
	if (!ok) {
		cfg_error(cfg, _("option 'print_queue' must be a printer queue name (at most 127 "
		                 "characters, no space, '/', '#', '\\' or quote)"));
		return -1;
	}
	return 0;
}

static int validate_print_copies(cfg_t *cfg, cfg_opt_t *opt)
{
	return validate_range(cfg, opt, 1, 99);
}

static int validate_language(cfg_t *cfg, cfg_opt_t *opt)
{
	const char *v = cfg_opt_getnstr(opt, cfg_opt_size(opt) - 1);

	if (v == NULL || (strcmp(v, "fr") != 0 && strcmp(v, "en") != 0)) {
		cfg_error(cfg, _("option 'language' must be \"fr\" or \"en\", not \"%s\""),
		          v ? v : "");
		return -1;
	}
	return 0;
}

/* The roles a kiosk_unlock_roles entry may name, as the file writes them. */
static const struct { const char *word; unsigned role; } role_words[] = {
	{ "agent", ROLE_AGENT },
	{ "animateur", ROLE_FACILITATOR },
	{ "comite", ROLE_COMMITTEE },
	{ "comit\xc3\xa9", ROLE_COMMITTEE },
	{ "administrateur", ROLE_ADMIN },
};

static unsigned role_of_word(const char *w)
{
	for (size_t i = 0; w != NULL && i < sizeof role_words / sizeof role_words[0]; i++)
		if (strcmp(w, role_words[i].word) == 0)
			return role_words[i].role;
	return 0;
}

static int validate_unlock_role(cfg_t *cfg, cfg_opt_t *opt)
{
	const char *v = cfg_opt_getnstr(opt, cfg_opt_size(opt) - 1);

	if (role_of_word(v) == 0) {
		cfg_error(cfg, _("option 'kiosk_unlock_roles' names an unknown role \"%s\" "
		                 "(agent, animateur, comite, administrateur)"), v ? v : "");
		return -1;
	}
	return 0;
}

static int validate_login_list(cfg_t *cfg, cfg_opt_t *opt)
{
	const char *v = cfg_opt_getnstr(opt, cfg_opt_size(opt) - 1);

	if (v == NULL || v[0] == '\0' || strpbrk(v, " \t:/") != NULL) {
		cfg_error(cfg, _("option '%s' holds an invalid name \"%s\""),
		          cfg_opt_name(opt), v ? v : "");
		return -1;
	}
	return 0;
}

static void free_list(struct cs_string_list *l);

/* Copies a list option; out->items is NULL when out of memory (never a
 * list with a hole, which would read as a shorter list). */
static void copy_list(cfg_t *c, const char *name, struct cs_string_list *out)
{
	unsigned n = cfg_size(c, name);

	out->items = calloc(n + 1, sizeof *out->items);
	out->count = 0;
	if (out->items == NULL)
		return;
	for (unsigned i = 0; i < n; i++) {
		const char *s = cfg_getnstr(c, name, i);
		if (s == NULL)
			continue;
		if ((out->items[out->count] = strdup(s)) == NULL) {
			free_list(out);
			out->items = NULL;
			out->count = 0;
			return;
		}
		out->count++;
	}
}

static void free_list(struct cs_string_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		free(l->items[i]);
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

/* Parses path under rule. NULL with err set when the file is invalid or
 * (for the system file) held wrongly; else the parsed options, with
 * *absent when the file does not exist and defaults apply. A user file held
 * wrongly (FILE_OF_USER) is not an error: defaults apply, *absent is set
 * and *ignored says why. */
static cfg_t *parse_file(cfg_opt_t *opts, const char *path, bool must_exist,
                         enum file_rule rule, bool *absent, const char **ignored,
                         struct cs_error *err)
{
	cfg_t *c = cfg_init(opts, CFGF_NONE);
	const char *problem;
	char *buf;
	int rc, fd;

	*absent = false;
	*ignored = NULL;
	if (c == NULL) {
		cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
		return NULL;
	}
	cfg_set_error_function(c, on_confuse_error);
	if (opts == system_opts) {
		static const char *const lists[] = {
			"facilitator_groups", "facilitators", "committee_groups",
			"committee_members", "admin_groups", "admins"
		};
		cfg_set_validate_func(c, "refresh_interval", validate_refresh);
		cfg_set_validate_func(c, "busy_timeout", validate_busy);
		cfg_set_validate_func(c, "lease_time", validate_lease);
		cfg_set_validate_func(c, "clock_drift_max", validate_clock_drift);
		cfg_set_validate_func(c, "language", validate_language);
		cfg_set_validate_func(c, "desk_days_ahead", validate_days_ahead);
		cfg_set_validate_func(c, "desk_max_bookings", validate_max_bookings);
		cfg_set_validate_func(c, "desk_checkin_minutes", validate_checkin);
		cfg_set_validate_func(c, "desk_morning_start", validate_clock);
		cfg_set_validate_func(c, "desk_afternoon_start", validate_clock);
		cfg_set_validate_func(c, "desk_afternoon_end", validate_clock);
		cfg_set_validate_func(c, "desk_weekdays", validate_weekday);
		cfg_set_validate_func(c, "desk_reserved", validate_reserved);
		cfg_set_validate_func(c, "ledger_opening_credit", validate_opening_credit);
		cfg_set_validate_func(c, "ledger_floor", validate_floor);
		cfg_set_validate_func(c, "ledger_ceiling", validate_ceiling);
		cfg_set_validate_func(c, "ledger_confirm_days", validate_confirm_days);
		cfg_set_validate_func(c, "ledger_rounding", validate_rounding);
		cfg_set_validate_func(c, "ledger_categories", validate_category);
		cfg_set_validate_func(c, "kiosk_unlock_roles", validate_unlock_role);
		cfg_set_validate_func(c, "kiosk_idle_lock", validate_idle_lock);
		cfg_set_validate_func(c, "print_queue", validate_print_queue);
		cfg_set_validate_func(c, "print_copies", validate_print_copies);
		for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
			cfg_set_validate_func(c, lists[i], validate_login_list);
	}
	fd = open_config(path, rule, absent, &problem);
	if (fd < 0 && *absent) {
		if (must_exist) {
			cs_error_set(err, CS_ERR_CONFIG,
			             _("%s: configuration file not found"), path);
			cfg_free(c);
			return NULL;
		}
		return c;
	}
	if (fd < 0 && rule == FILE_OF_USER) {
		*absent = true;
		*ignored = problem;
		return c;
	}
	if (fd < 0) {
		if (rule == FILE_OF_ROOT)
			cs_error_set(err, CS_ERR_CONFIG, _("%s: refusing this configuration file: %s "
			                                   "(it must be a regular file of root's that "
			                                   "only root can write)"), path, problem);
		else
			cs_error_set(err, CS_ERR_CONFIG, _("%s: cannot read the configuration file: %s"),
			             path, problem);
		cfg_free(c);
		return NULL;
	}
	parse_message[0] = '\0';
	buf = read_without_comments(fd, path, rule == FILE_OF_ROOT, err);
	if (buf == NULL) {
		cfg_free(c);
		return NULL;
	}
	parsing_path = path;
	rc = cfg_parse_buf(c, buf);
	parsing_path = NULL;
	free(buf);
	if (rc != CFG_SUCCESS) {
		if (parse_message[0] == '\0')
			snprintf(parse_message, sizeof parse_message, "%s", path);
		cs_error_set(err, CS_ERR_CONFIG, _("invalid configuration: %s"),
		             parse_message);
		cfg_free(c);
		return NULL;
	}
	return c;
}

char *config_default_database(void)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	char buf[4096];

	if (!privilege_default_database_allowed(privilege_current()))
		return NULL;

	if (xdg != NULL && xdg[0] == '/')
		snprintf(buf, sizeof buf, "%s/construisons/construisons.db", xdg);
	else
		snprintf(buf, sizeof buf, "%s/.local/share/construisons/construisons.db",
		         home && home[0] ? home : "/tmp");
	return strdup(buf);
}

/* The user's own file into *out (newly allocated); *out NULL when there
 * is no home to look in. */
static enum cs_status user_file_path(char **out, struct cs_error *err)
{
	const char *xdg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	char buf[4096];

	*out = NULL;
	if (xdg != NULL && xdg[0] == '/')
		snprintf(buf, sizeof buf, "%s/construisons/construisons.conf", xdg);
	else if (home != NULL && home[0] != '\0')
		snprintf(buf, sizeof buf, "%s/.config/construisons/construisons.conf", home);
	else
		return CS_OK;
	*out = strdup(buf);
	if (*out == NULL)
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	return CS_OK;
}

/* Reads the system file at path under rule into cfg; without a database
 * named there, the default under $HOME is used only if default_db. */
static enum cs_status load_system(struct cs_config *cfg, const char *path, bool must_exist,
                                  enum file_rule rule, bool default_db, struct cs_error *err)
{
	const char *db, *ignored;
	bool absent;
	cfg_t *c;

	memset(cfg, 0, sizeof *cfg);
	c = parse_file(system_opts, path, must_exist, rule, &absent, &ignored, err);
	if (c == NULL)
		return err ? err->status : CS_ERR_CONFIG;
	db = cfg_getstr(c, "database");
	if ((db == NULL || db[0] == '\0') && !default_db) {
		cfg_free(c);
		return cs_error_set(err, CS_ERR_CONFIG,
		                    _("%s names no database: an installed program shared by several "
		                      "users takes its database only from its system file"), path);
	}
	cfg->system_file = absent ? NULL : strdup(path);
	cfg->database = (db != NULL && db[0] != '\0') ? strdup(db)
	                                              : config_default_database();
	copy_list(c, "facilitator_groups", &cfg->facilitator_groups);
	copy_list(c, "facilitators", &cfg->facilitators);
	copy_list(c, "committee_groups", &cfg->committee_groups);
	copy_list(c, "committee_members", &cfg->committee_members);
	copy_list(c, "admin_groups", &cfg->admin_groups);
	copy_list(c, "admins", &cfg->admins);
	cfg->refresh_interval = (int)cfg_getint(c, "refresh_interval");
	cfg->drafts = cfg_getbool(c, "drafts");
	cfg->busy_timeout = (int)cfg_getint(c, "busy_timeout");
	cfg->lease_time = (int)cfg_getint(c, "lease_time");
	cfg->clock_drift_max = (int)cfg_getint(c, "clock_drift_max");
	cfg->language = strdup(cfg_getstr(c, "language"));
	cfg->desk_days_ahead = (int)cfg_getint(c, "desk_days_ahead");
	cfg->desk_max_bookings = (int)cfg_getint(c, "desk_max_bookings");
	cfg->desk_checkin_minutes = (int)cfg_getint(c, "desk_checkin_minutes");
	cfg->desk_morning_start = strdup(cfg_getstr(c, "desk_morning_start"));
	cfg->desk_afternoon_start = strdup(cfg_getstr(c, "desk_afternoon_start"));
	cfg->desk_afternoon_end = strdup(cfg_getstr(c, "desk_afternoon_end"));
	copy_list(c, "desk_weekdays", &cfg->desk_weekdays);
	copy_list(c, "desk_reserved", &cfg->desk_reserved);
	{
		struct cs_error e;
		duration_parse(cfg_getstr(c, "ledger_opening_credit"), true,
		               &cfg->ledger_opening_minutes, &e);
		duration_parse(cfg_getstr(c, "ledger_floor"), true, &cfg->ledger_floor_minutes, &e);
		duration_parse(cfg_getstr(c, "ledger_ceiling"), true, &cfg->ledger_ceiling_minutes, &e);
	}
	cfg->ledger_confirm_days = (int)cfg_getint(c, "ledger_confirm_days");
	cfg->ledger_rounding = (int)cfg_getint(c, "ledger_rounding");
	copy_list(c, "ledger_categories", &cfg->ledger_categories);
	cfg->kiosk_unlock_roles = 0;
	for (unsigned i = 0; i < cfg_size(c, "kiosk_unlock_roles"); i++)
		cfg->kiosk_unlock_roles |= role_of_word(cfg_getnstr(c, "kiosk_unlock_roles", i));
	cfg->kiosk_idle_lock = (int)cfg_getint(c, "kiosk_idle_lock");
	cfg->print_queue = strdup(cfg_getstr(c, "print_queue"));
	cfg->print_copies = (int)cfg_getint(c, "print_copies");
	cfg->colors = true;
	cfg->mouse = true;
	cfg->ascii_only = false;
	cfg_free(c);
	if (cfg->database == NULL || cfg->language == NULL || (!absent && cfg->system_file == NULL)
	    || cfg->desk_morning_start == NULL || cfg->desk_afternoon_start == NULL
	    || cfg->desk_afternoon_end == NULL || cfg->facilitator_groups.items == NULL
	    || cfg->facilitators.items == NULL || cfg->committee_groups.items == NULL
	    || cfg->committee_members.items == NULL || cfg->admin_groups.items == NULL
	    || cfg->admins.items == NULL || cfg->desk_weekdays.items == NULL
	    || cfg->desk_reserved.items == NULL || cfg->ledger_categories.items == NULL
	    || cfg->print_queue == NULL) {
		/* a string or list lost to memory would silently read as the
		 * default (no facilitators, every weekday...) */
		config_free(cfg);
		return cs_error_set(err, CS_ERR_INTERNAL, _("out of memory"));
	}
	return CS_OK;
}

enum cs_status config_load_system_file(struct cs_config *cfg, const char *path,
                                       bool must_exist, const struct privilege *p,
                                       struct cs_error *err)
{
	return load_system(cfg, path, must_exist,
	                   p != NULL && privilege_checks_system_file(p) ? FILE_OF_ROOT : FILE_ANY,
	                   p == NULL || privilege_default_database_allowed(p), err);
}

enum cs_status config_load(struct cs_config *cfg, const char *path,
                           struct cs_error *err)
{
	return config_load_as(cfg, path, privilege_current(), err);
}

enum cs_status config_load_as(struct cs_config *cfg, const char *path,
                              const struct privilege *p, struct cs_error *err)
{
	const char *env = privilege_may_steer(p) ? getenv("CONSTRUISONS_CONFIG") : NULL;
	enum file_rule rule;
	const char *ignored;
	bool must_exist = true;
	enum cs_status st;
	char *upath;
	bool absent;
	cfg_t *u;

	if (!privilege_may_steer(p))
		path = NULL;
	if (path == NULL && env != NULL && env[0] != '\0')
		path = env;
	if (path == NULL) {
		path = SYSCONFDIR "/construisons.conf";
		must_exist = false;
	}
	st = config_load_system_file(cfg, path, must_exist, p, err);
	if (st != CS_OK)
		return st;

	st = user_file_path(&upath, err);
	if (st != CS_OK) {
		config_free(cfg);
		return st;
	}
	if (upath == NULL)
		return CS_OK;
	rule = privilege_checks_user_file(p) ? FILE_OF_USER : FILE_ANY;
	u = parse_file(user_opts, upath, false, rule, &absent, &ignored, err);
	if (u == NULL) {
		free(upath);
		config_free(cfg);
		return err ? err->status : CS_ERR_CONFIG;
	}
	if (ignored != NULL) {
		char line[4200];

		snprintf(line, sizeof line, _("ignoring the user file %s: %s"), upath, ignored);
		cfg->notice = strdup(line);
	}
	if (!absent) {
		cfg->user_file = upath;
		upath = NULL;
		cfg->colors = cfg_getbool(u, "colors");
		cfg->mouse = cfg_getbool(u, "mouse");
		cfg->ascii_only = cfg_getbool(u, "ascii_only");
	}
	free(upath);
	cfg_free(u);
	return CS_OK;
}

void config_free(struct cs_config *cfg)
{
	free(cfg->system_file);
	free(cfg->user_file);
	free(cfg->notice);
	free(cfg->database);
	free(cfg->language);
	free(cfg->desk_morning_start);
	free(cfg->desk_afternoon_start);
	free(cfg->desk_afternoon_end);
	free_list(&cfg->desk_weekdays);
	free_list(&cfg->desk_reserved);
	free_list(&cfg->ledger_categories);
	free(cfg->print_queue);
	free_list(&cfg->facilitator_groups);
	free_list(&cfg->facilitators);
	free_list(&cfg->committee_groups);
	free_list(&cfg->committee_members);
	free_list(&cfg->admin_groups);
	free_list(&cfg->admins);
	memset(cfg, 0, sizeof *cfg);
}

bool config_list_has(const struct cs_string_list *list, const char *s)
{
	for (size_t i = 0; i < list->count; i++)
		if (strcmp(list->items[i], s) == 0)
			return true;
	return false;
}

const char *const *config_option_names(int which)
{
	static const char *names[2][64];
	cfg_opt_t *opts = which == 0 ? system_opts : user_opts;
	size_t n = 0;

	for (; opts[n].name != NULL && n < 63; n++)
		names[which != 0][n] = opts[n].name;
	names[which != 0][n] = NULL;
	return names[which != 0];
}
