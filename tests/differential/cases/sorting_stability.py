people = [('ann', 30), ('bob', 25), ('cy', 30), ('dee', 25), ('ed', 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [3.5, -1, 2, 0.0, -0.5]
nums.sort()
print(nums, sorted([[2, 1], [1, 2], [1]]))
