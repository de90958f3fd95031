"""Every sentence a runner reads, one module per feature. ``from coach import texts`` gives them all.

Short, friendly, no jargon. Health advice is cautious and names its source.
"""

from coach.texts.account import *  # noqa: F401,F403
from coach.texts.checkin import *  # noqa: F401,F403
from coach.texts.clubs import *  # noqa: F401,F403
from coach.texts.common import *  # noqa: F401,F403
from coach.texts.errors import *  # noqa: F401,F403
from coach.texts.nudges import *  # noqa: F401,F403
from coach.texts.onboarding import *  # noqa: F401,F403
from coach.texts.safety import *  # noqa: F401,F403
from coach.texts.summaries import *  # noqa: F401,F403
from coach.texts.sms import *  # noqa: F401,F403
