# Plain record classes (no dataclasses): construction, equality, sorting, grouping.
class Employee:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary
    def __repr__(self):
        return f'Employee({self.name!r}, {self.dept!r}, {self.salary})'
    def __eq__(self, other):
        return isinstance(other, Employee) and vars(self) == vars(other)
staff = [
    Employee('ann', 'eng', 120),
    Employee('bob', 'ops', 90),
    Employee('cid', 'eng', 100),
    Employee('dee', 'ops', 95),
    Employee('eve', 'hr', 70),
]
print(staff[0])
by_salary = sorted(staff, key=lambda e: e.salary, reverse=True)
print([e.name for e in by_salary])
groups = {}
for e in staff:
    groups.setdefault(e.dept, []).append(e)
for dept in sorted(groups):
    members = groups[dept]
    total = sum(e.salary for e in members)
    print(dept, len(members), total, max(members, key=lambda e: e.salary).name)
print(Employee('x', 'y', 1) == Employee('x', 'y', 1), Employee('x', 'y', 1) == Employee('x', 'y', 2))
print(Employee('ann', 'eng', 120) in staff, staff.index(Employee('cid', 'eng', 100)))
raised = [Employee(e.name, e.dept, e.salary + 10) for e in staff if e.dept == 'ops']
print(raised)
print(sorted(staff, key=lambda e: (e.dept, -e.salary))[:3])
