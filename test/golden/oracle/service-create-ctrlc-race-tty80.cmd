docker service create --name ctrlc alpine sleep 50m
tty cols=80
# python3 pty; Ctrl-C byte 0x03 sent after 0.5 s
