"""`python -m deployer deploy|plan|list|upgrade|publish-template ...`"""

import sys

from deployer.cli import main

sys.exit(main())
