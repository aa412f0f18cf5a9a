docker service inspect --help
tty cols=80
