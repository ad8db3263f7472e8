from typing import Optional
import enum

from sqlalchemy import Enum, ForeignKeyConstraint, Index, String, Text, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Tab'leDef(str, enum.Enum):
    A_B = "a'b"
    C_D = 'c"d'
    E_F = 'e\\f'
    EMPTY = ''
    WITH_SPACE = 'with space'
    ÜNÏ = 'ünï'
    _1X = '1x'
    NONE = 'None'
    CLASS = 'class'


class TabLe(Base):
    __tablename__ = "tab'le"
    __table_args__ = {'comment': 'triple """ quotes \'\'\' and \\ backslash'}

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    col_quote: Mapped[Optional[str]] = mapped_column('col"quote', String(50), server_default=text('\'it\'\'s "x" \\\\ y\''), comment="new\nline and 'quote'")
    def_: Mapped[Optional[Tab'leDef]] = mapped_column('def', Enum(Tab'leDef, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'class'"))
    from_: Mapped[Optional[str]] = mapped_column('from', String(10))
    ñame: Mapped[Optional[str]] = mapped_column(Text)
    True_: Mapped[Optional[int]] = mapped_column('True', INTEGER(11))
    metadata_: Mapped[Optional[str]] = mapped_column('metadata', Text)

    _2nd: Mapped[list['_2nd']] = relationship('_2nd', back_populates='tab_le')


class _2nd(Base):
    __tablename__ = '2nd'
    __table_args__ = (
        ForeignKeyConstraint(["tab'le_id"], ["tab'le.id"], name='2nd_ibfk_1'),
        Index("tab'le_id", "tab'le_id")
    )

    Class: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    tab_le_id: Mapped[Optional[int]] = mapped_column("tab'le_id", INTEGER(11))

    tab_le: Mapped[Optional['TabLe']] = relationship('TabLe', back_populates='_2nd')
