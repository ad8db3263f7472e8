from typing import Optional
import enum

from sqlalchemy import Enum, text
from sqlalchemy.dialects.mysql import INTEGER, SET
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class PantsSize(str, enum.Enum):
    SMALL = 'small'
    LARGE = 'large'


class ShirtsColour(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'


class ShirtsSize(str, enum.Enum):
    SMALL = 'small'
    MEDIUM = 'medium'
    LARGE = 'large'
    X_LARGE = 'x-large'


class Pants(Base):
    __tablename__ = 'pants'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    size: Mapped[Optional[PantsSize]] = mapped_column(Enum(PantsSize, values_callable=lambda cls: [member.value for member in cls]))


class Shirts(Base):
    __tablename__ = 'shirts'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    size: Mapped[ShirtsSize] = mapped_column(Enum(ShirtsSize, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    colour: Mapped[Optional[ShirtsColour]] = mapped_column(Enum(ShirtsColour, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'red'"))
    features: Mapped[Optional[str]] = mapped_column(SET('pocket', 'collar', 'zip'))
