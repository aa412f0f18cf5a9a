docker network create -d overlay minha_rede_overlay
notty
