class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(round(self._balance * self.interest, 2))
a = Account("ann", 100).deposit(50).withdraw(30)
print(a, a.balance, a.history)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available, e.args)
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
s = Savings("bob", 200)
s.add_interest()
print(s, s.interest, Account.interest, isinstance(s, Account), s.history)
accounts = sorted([a, s, Account("cy", 120)], key=lambda acc: acc.balance, reverse=True)
print([acc.owner for acc in accounts])
print(sum(acc.balance for acc in accounts), max(accounts, key=lambda x: x.balance).owner)
