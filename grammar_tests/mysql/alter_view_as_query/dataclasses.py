from typing import Optional
import datetime

from sqlalchemy import Column, Date, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_member_karma = Table(
    'member_karma', Base.metadata,
    Column('member_id', INTEGER(11), server_default=text("'0'")),
    Column('points', BIGINT(12), server_default=text("'0'")),
    Column('since', Date)
)


t_member_names = Table(
    'member_names', Base.metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('handle', String(40)),
    Column('joined', Date)
)


class Members(Base):
    __tablename__ = 'members'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    handle: Mapped[str] = mapped_column(String(40), nullable=False)
    karma: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    joined: Mapped[Optional[datetime.date]] = mapped_column(Date)
