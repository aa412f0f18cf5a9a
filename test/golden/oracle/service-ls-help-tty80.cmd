docker service ls --help
tty cols=80
