# Iterating over lists and building new ones.
nums = [5, 3, 8, 1, 9, 2]
total = 0
for n in nums:
    total += n
print(total)
evens = []
for n in nums:
    if n % 2 == 0:
        evens.append(n)
print(evens)
squares = []
for i in range(len(nums)):
    squares.append(nums[i] * nums[i])
print(squares)
largest = nums[0]
for n in nums[1:]:
    if n > largest:
        largest = n
print(largest)
pairs = [[1, 'a'], [2, 'b']]
for pair in pairs:
    print(pair[0], pair[1])
reversed_list = []
for n in nums:
    reversed_list = [n] + reversed_list
print(reversed_list, nums[::-1] == reversed_list)
count = 0
for row in [[1, 2], [3], [], [4, 5, 6]]:
    for v in row:
        count += 1
print(count)
