from typing import Optional

from sqlalchemy import Column, LargeBinary, String, Table, VARBINARY, text
from sqlalchemy.dialects.mysql import INTEGER, MEDIUMBLOB, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Person(Base):
    __tablename__ = 'person'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(45), nullable=False)
    last_name: Mapped[str] = mapped_column(String(30), nullable=False)
    active: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    token: Mapped[Optional[bytes]] = mapped_column(VARBINARY(16))
    photo: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


t_person_list = Table(
    'person_list', Base.metadata,
    Column('id', INTEGER(11)),
    Column('full_name', String(76)),
    Column('tag', String(12)),
    Column('notes', String(6)),
    Column('binary_key', VARBINARY(12)),
    Column('token_text', VARBINARY(17)),
    Column('mixed_columns', VARBINARY(61)),
    Column('literal_loses', String(31)),
    Column('photo_more', MEDIUMBLOB)
)
