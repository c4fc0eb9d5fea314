# An unexpected keyword argument.
def area(w, h=1):
    return w * h
print(area(3), area(3, h=4))
print(area(3, z=4))
