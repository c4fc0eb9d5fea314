# `import constructor` is ModuleNotFoundError, not the JavaScript Object constructor (found by fuzz/)
import constructor
