from sqlalchemy import ForeignKeyConstraint, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Vehicles(Base):
    __tablename__ = 'vehicles'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)


class Cars(Vehicles):
    __tablename__ = 'cars'
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['vehicles.id'], name='cars_ibfk_1'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    seats: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
