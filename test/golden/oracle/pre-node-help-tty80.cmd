docker node --help
tty cols=80
