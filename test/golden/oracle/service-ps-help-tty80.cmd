docker service ps --help
tty cols=80
