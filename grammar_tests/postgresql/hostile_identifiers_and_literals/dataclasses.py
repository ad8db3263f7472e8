from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Enum, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Sequence, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Weird enum(str, enum.Enum):
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
    __table_args__ = (
        CheckConstraint('"from"::text = ANY (ARRAY[\'\'\'\'::character varying, \'"\'::character varying, \'\\\'::character varying]::text[])', name="tab'le_from_check"),
        PrimaryKeyConstraint('id', name="tab'le_pkey"),
        {'comment': 'triple """ quotes \'\'\' and \\ backslash'}
    )

    id: Mapped[int] = mapped_column(Integer, Sequence("tab''le_id_seq"), primary_key=True, autoincrement=True)
    col_quote: Mapped[Optional[str]] = mapped_column('col"quote', Text, server_default=text('\'it\'\'s "x" \\ y\'::text'), comment='new\nline')
    def_: Mapped[Optional[Weird enum]] = mapped_column('def', Enum(Weird enum, values_callable=lambda cls: [member.value for member in cls], name='weird enum'), server_default=text('\'class\'::"weird enum"'))
    from_: Mapped[Optional[str]] = mapped_column('from', String(10))
    ñame: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'tab\there'::text"))
    True_: Mapped[Optional[int]] = mapped_column('True', Integer)
    metadata_: Mapped[Optional[str]] = mapped_column('metadata', Text)
    registry: Mapped[Optional[int]] = mapped_column(Integer)

    _2nd: Mapped[list['_2nd']] = relationship('_2nd', back_populates='tab_le')


class _2nd(Base):
    __tablename__ = '2nd'
    __table_args__ = (
        ForeignKeyConstraint(["tab'le_id"], ["tab'le.id"], name="2nd_tab'le_id_fkey"),
        PrimaryKeyConstraint('Class', name='2nd_pkey')
    )

    Class: Mapped[int] = mapped_column(Integer, primary_key=True)
    tab_le_id: Mapped[Optional[int]] = mapped_column("tab'le_id", Integer)

    tab_le: Mapped[Optional['TabLe']] = relationship('TabLe', back_populates='_2nd')
