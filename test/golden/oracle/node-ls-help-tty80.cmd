docker node ls --help
tty cols=80
