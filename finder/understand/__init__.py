"""Understanding what a parent writes: language, ages, needs, place and safety words.

Pure functions over data loaded once from `content/`: no Flask and no database at call time.
"""

from finder.understand.interpret import Understander
from finder.understand.types import SAFETY_KINDS, Interpretation, Place, PlaceMatch

__all__ = ["SAFETY_KINDS", "Interpretation", "Place", "PlaceMatch", "Understander"]
