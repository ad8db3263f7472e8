from sqlalchemy import Column, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = 'account'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    is_active: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))


t_from_second_file = Table(
    'from_second_file', Base.metadata,
    Column('id', INTEGER(11))
)
