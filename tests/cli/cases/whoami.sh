# Roles come from the explicit lists of the configuration and from Unix
# groups (lgroupe is in the group "animation"); GECOS gives the name.
run admin init
run mdupont whoami
run anim whoami
run lgroupe whoami
run comite whoami
run admin whoami extra
