import TierwiseCLI

TierwiseCommandLine.main()
