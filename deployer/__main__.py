"""`python -m deployer deploy|plan|publish-template ...`"""

import sys

from deployer.cli import main

sys.exit(main())
