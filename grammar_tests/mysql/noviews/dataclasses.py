import datetime
import decimal

from sqlalchemy import DECIMAL, DateTime, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Orders(Base):
    __tablename__ = 'orders'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    total: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False, server_default=text('0.00'))
    placed_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('current_timestamp()'))
