"""Accepted for compatibility: every feature named here is already on in pyarena."""
annotations = True
division = True
absolute_import = True
print_function = True
generator_stop = True
