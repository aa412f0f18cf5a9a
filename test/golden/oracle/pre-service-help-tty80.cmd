docker service --help
tty cols=80
