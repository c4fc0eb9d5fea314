print('ok')
s = """starts here
and never
ends
