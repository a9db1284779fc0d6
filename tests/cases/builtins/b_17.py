print(ord("€"), chr(8364), chr(0x1f600) == "\U0001f600")
