from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Tab'leDef(str, enum.Enum):
    A = 'a'
    B = 'b'
    C_D = 'c"d'
    CLASS = 'class'


class TabLe(Base):
    __tablename__ = "tab'le"
    __table_args__ = (
        CheckConstraint('"def" IN (\'a\'\'b\', \'c"d\', \'class\')'),
    )

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    col_quote: Mapped[Optional[str]] = mapped_column('col"quote', Text, server_default=text('\'it\'\'s "x" \\ y\''))
    def_: Mapped[Optional[Tab'leDef]] = mapped_column('def', Enum(Tab'leDef, values_callable=lambda cls: [member.value for member in cls]))
    from_: Mapped[Optional[str]] = mapped_column('from', String(10))
    ñame: Mapped[Optional[str]] = mapped_column(Text)
    True_: Mapped[Optional[int]] = mapped_column('True', Integer)
    metadata_: Mapped[Optional[str]] = mapped_column('metadata', Text)

    _2nd: Mapped[list['_2nd']] = relationship('_2nd', back_populates='tab_le')


class _2nd(Base):
    __tablename__ = '2nd'

    tab_le_id: Mapped[Optional[int]] = mapped_column("tab'le_id", ForeignKey("tab'le.id"))
    Class: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    tab_le: Mapped[Optional['TabLe']] = relationship('TabLe', back_populates='_2nd')
