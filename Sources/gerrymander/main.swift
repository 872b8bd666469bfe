print("gerrymander")
