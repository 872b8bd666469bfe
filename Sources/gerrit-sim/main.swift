print("gerrit-sim")
