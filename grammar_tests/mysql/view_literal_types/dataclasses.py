from sqlalchemy import CHAR, Column, DECIMAL, String, Table, VARBINARY, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = 'note'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)


t_note_literals = Table(
    'note_literals', Base.metadata,
    Column('id', INTEGER(11)),
    Column('empty_text', CHAR(0)),
    Column('national', String(3)),
    Column('yes', INTEGER(1), server_default=text("'0'")),
    Column('no', INTEGER(1), server_default=text("'0'")),
    Column('hex_bytes', VARBINARY(3)),
    Column('bits', VARBINARY(2)),
    Column('quarter', DECIMAL(3, 2), server_default=text("'0.00'")),
    Column('twelve', DECIMAL(3, 1), server_default=text("'0.0'"))
)
