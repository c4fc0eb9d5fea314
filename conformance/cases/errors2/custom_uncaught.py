# An uncaught custom exception with several args, raised from a nested method call.
class ValidationError(ValueError):
    pass
class Form:
    fields = ['name', 'age']
    def __init__(self, **data):
        self.data = data
    def validate(self):
        for f in self.fields:
            self.check(f)
        return True
    def check(self, field):
        if field not in self.data:
            raise ValidationError('missing field', field, len(self.data))
print(Form(name='a', age=3).validate())
Form(name='b').validate()
