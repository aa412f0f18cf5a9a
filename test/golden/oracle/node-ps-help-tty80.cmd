docker node ps --help
tty cols=80
