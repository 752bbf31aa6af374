import trackio

trackio.show()
